using BharatBrief.Data.Search.Matching;

namespace BharatBrief.Data.Search;

/// <summary>The catalog as loaded at one moment; immutable, shared by every search until the store changes.</summary>
public sealed class SearchCatalogSnapshot
{
    internal SearchCatalogSnapshot(
        IReadOnlyList<string> themeSlugs,
        IReadOnlyDictionary<int, CatalogEntry> articles,
        IReadOnlyDictionary<int, CatalogEntry> summits,
        IReadOnlyDictionary<int, CatalogEntry> agreements)
    {
        ThemeSlugs = themeSlugs;
        Articles = articles;
        Summits = summits;
        Agreements = agreements;
        _articlesById = ById(articles);
        _summitsById = ById(summits);
        _agreementsById = ById(agreements);
    }

    private readonly CatalogEntry?[] _articlesById;
    private readonly CatalogEntry?[] _summitsById;
    private readonly CatalogEntry?[] _agreementsById;

    /// <summary>The bytes of phrase matches kept for the searches made while this snapshot is current.</summary>
    internal const long PhraseCacheBytes = 8 * 1024 * 1024;

    /// <summary>Phrases searched since this snapshot was loaded, with their matches and scores.</summary>
    internal PhraseMatchCache Phrases { get; } = new(PhraseCacheBytes);

    private readonly Lock _vocabularyGate = new();
    private Task<SearchVocabulary>? _vocabulary;

    /// <summary>
    /// The terms of the indexes as they stood when this snapshot was loaded, read by <paramref name="load"/> on first
    /// use and shared by every search until the store changes.
    /// </summary>
    internal Task<SearchVocabulary> VocabularyAsync(Func<Task<SearchVocabulary>> load)
    {
        lock (_vocabularyGate)
        {
            if (_vocabulary is null || _vocabulary.IsFaulted || _vocabulary.IsCanceled)
            {
                _vocabulary = load();
            }
            return _vocabulary;
        }
    }

    /// <summary>Theme slugs in taxonomy order; theme <c>i</c> is bit <c>1 &lt;&lt; i</c> of <see cref="CatalogEntry.Themes"/>.</summary>
    public IReadOnlyList<string> ThemeSlugs { get; }

    public IReadOnlyDictionary<int, CatalogEntry> Articles { get; }

    public IReadOnlyDictionary<int, CatalogEntry> Summits { get; }

    public IReadOnlyDictionary<int, CatalogEntry> Agreements { get; }

    public IReadOnlyDictionary<int, CatalogEntry> Of(SearchItemKind kind) => kind switch
    {
        SearchItemKind.Summit => Summits,
        SearchItemKind.Agreement => Agreements,
        _ => Articles,
    };

    /// <summary>
    /// The entry of each key of one kind, at the key's index (null where there is none): search looks up thousands of
    /// matches per request, and an array does that without hashing.
    /// </summary>
    internal CatalogEntry?[] ById(SearchItemKind kind) => kind switch
    {
        SearchItemKind.Summit => _summitsById,
        SearchItemKind.Agreement => _agreementsById,
        _ => _articlesById,
    };

    private static CatalogEntry?[] ById(IReadOnlyDictionary<int, CatalogEntry> entries)
    {
        var byId = new CatalogEntry?[entries.Count == 0 ? 0 : Math.Max(0, entries.Keys.Max()) + 1];
        foreach (var (id, entry) in entries)
        {
            if (id >= 0)
            {
                byId[id] = entry;
            }
        }
        return byId;
    }

    /// <summary>The bit of <paramref name="slug"/>, or 0 when it is not a theme.</summary>
    public int ThemeBit(string slug)
    {
        for (var i = 0; i < ThemeSlugs.Count; i++)
        {
            if (ThemeSlugs[i] == slug)
            {
                return 1 << i;
            }
        }
        return 0;
    }
}
