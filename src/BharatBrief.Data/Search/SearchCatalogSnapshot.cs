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
    }

    /// <summary>The bytes of phrase matches kept for the searches made while this snapshot is current.</summary>
    internal const long PhraseCacheBytes = 8 * 1024 * 1024;

    /// <summary>Phrases searched since this snapshot was loaded, with their matches and scores.</summary>
    internal PhraseMatchCache Phrases { get; } = new(PhraseCacheBytes);

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
