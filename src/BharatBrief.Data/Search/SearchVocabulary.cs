using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using BharatBrief.Data.Search.Marking;
using Lucene.Net.Util.Automaton;

namespace BharatBrief.Data.Search;

/// <summary>
/// Every term the three FTS5 indexes hold (their <c>fts5vocab</c> tables: porter stems, as the index keeps them), with
/// the number of rows holding each, loaded with the catalog and so replaced when the store changes. It says whether a
/// typed word is known, which known terms are within one or two edits of it (Damerau–Levenshtein, by Lucene's
/// Levenshtein automata) and how a term reads in titles, to offer it back to a reader.
/// </summary>
internal sealed class SearchVocabulary
{
    /// <summary>Close terms kept per word, most frequent first within the same number of edits.</summary>
    public const int MaxCloseTerms = 8;

    public static readonly SearchVocabulary Empty = new([], [], new Dictionary<string, string>());

    private readonly string[] _terms;
    private readonly int[] _rows;
    private readonly (int Start, int End)[] _byLength;
    private readonly IReadOnlyDictionary<string, string> _surfaces;
    private readonly ConcurrentDictionary<(string Stem, int MaxEdits), CloseTerm[]> _close = new();

    /// <param name="terms">Terms with the rows holding each, in any order.</param>
    /// <param name="rows">The rows of each term.</param>
    /// <param name="surfaces">How each stem most often reads in titles, lower case.</param>
    public SearchVocabulary(string[] terms, int[] rows, IReadOnlyDictionary<string, string> surfaces)
    {
        // Sorted by length, then text: the terms a word could be within k edits of lie in k*2+1 runs of lengths.
        var order = Enumerable.Range(0, terms.Length)
            .OrderBy(i => terms[i].Length).ThenBy(i => terms[i], StringComparer.Ordinal).ToArray();
        _terms = [.. order.Select(i => terms[i])];
        _rows = [.. order.Select(i => rows[i])];
        var longest = _terms.Length == 0 ? 0 : _terms[^1].Length;
        _byLength = new (int, int)[longest + 2];
        for (var i = 0; i < _terms.Length; i++)
        {
            ref var run = ref _byLength[_terms[i].Length];
            run = run.End == 0 ? (i, i + 1) : (run.Start, i + 1);
        }
        _surfaces = surfaces;
    }

    public int Count => _terms.Length;

    /// <summary>The stem FTS5 indexes <paramref name="word"/> under (folded, porter-stemmed); empty when it reads no word.</summary>
    public static string StemOf(string word) => FtsTokenizer.Terms(word) is [var only] ? Encoding.UTF8.GetString(only) : "";

    /// <summary>True when some row holds exactly this stem.</summary>
    public bool Contains(string stem) => IndexOf(stem) >= 0;

    /// <summary>True when some row holds a term that starts with this stem.</summary>
    public bool HasPrefix(string stem)
    {
        for (var length = stem.Length; length < _byLength.Length; length++)
        {
            var (start, end) = _byLength[length];
            if (end == 0)
            {
                continue;
            }
            var at = Array.BinarySearch(_terms, start, end - start, stem, StringComparer.Ordinal);
            var next = at >= 0 ? at : ~at;
            if (next < end && _terms[next].StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Known terms within <paramref name="maxEdits"/> edits of <paramref name="stem"/> (an insertion, a deletion, a
    /// substitution or a swap of neighbours each count one), the stem itself left out: fewest edits first, then the
    /// most rows. Only terms FTS5 would read back as themselves are offered, since each is searched as a word.
    /// </summary>
    public IReadOnlyList<CloseTerm> Close(string stem, int maxEdits)
    {
        if (maxEdits <= 0 || stem.Length == 0 || _terms.Length == 0)
        {
            return [];
        }
        return _close.GetOrAdd((stem, Math.Min(maxEdits, 2)), key => Find(key.Stem, key.MaxEdits));
    }

    /// <summary>How <paramref name="stem"/> reads in titles ("defence" for "defenc"), or the stem when no title has it.</summary>
    public string Surface(string stem) => _surfaces.GetValueOrDefault(stem, stem);

    private CloseTerm[] Find(string stem, int maxEdits)
    {
        var within = new CharacterRunAutomaton(new LevenshteinAutomata(stem, withTranspositions: true).ToAutomaton(maxEdits));
        var withinOne = maxEdits > 1 ? new CharacterRunAutomaton(new LevenshteinAutomata(stem, withTranspositions: true).ToAutomaton(1)) : within;
        var found = new List<CloseTerm>();
        for (var length = Math.Max(1, stem.Length - maxEdits); length <= stem.Length + maxEdits && length < _byLength.Length; length++)
        {
            var (start, end) = _byLength[length];
            for (var i = start; i < end; i++)
            {
                var term = _terms[i];
                if (term != stem && within.Run(term) && StemOf(term) == term)
                {
                    found.Add(new CloseTerm(term, withinOne.Run(term) ? 1 : 2, _rows[i]));
                }
            }
        }
        return [.. found.OrderBy(close => close.Edits).ThenByDescending(close => close.Rows).ThenBy(close => close.Term, StringComparer.Ordinal).Take(MaxCloseTerms)];
    }

    private int IndexOf(string stem)
    {
        if (stem.Length >= _byLength.Length || _byLength[stem.Length] is not { End: > 0 } run)
        {
            return -1;
        }
        return Math.Max(-1, Array.BinarySearch(_terms, run.Start, run.End - run.Start, stem, StringComparer.Ordinal));
    }

    /// <summary>Reads the terms of the three indexes from their <c>fts5vocab</c> tables and how each reads in <paramref name="titles"/>.</summary>
    public static async Task<SearchVocabulary> LoadAsync(DbConnection connection, IEnumerable<string> titles, CancellationToken cancellationToken = default)
    {
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = string.Join(" UNION ALL ", VocabularyTables.Select(table => $"""SELECT term, doc FROM "{table}" """));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var term = reader.GetString(0);
                rows[term] = rows.GetValueOrDefault(term) + reader.GetInt32(1);
            }
        }
        return new SearchVocabulary([.. rows.Keys], [.. rows.Values], Surfaces(titles));
    }

    /// <summary>
    /// The same on PostgreSQL, which keeps English stems rather than FTS5's: every word of the searched columns as
    /// <c>ts_stat</c> counts it (the <c>simple</c> configuration, not stemmed), stemmed here as FTS5 stems, with the rows
    /// of the words sharing a stem added up (a row holding two of them counts twice; the count only orders close terms).
    /// It reads every searched text, so it costs more than the fts5vocab tables; it runs once per change of the store.
    /// </summary>
    public static async Task<SearchVocabulary> LoadPostgreSqlAsync(DbConnection connection, IEnumerable<string> titles, CancellationToken cancellationToken = default)
    {
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT word, ndoc FROM ts_stat('SELECT to_tsvector(''simple'', concat_ws('' '', "Title", "Lede", "Body")) FROM "Articles"')
                UNION ALL
                SELECT word, ndoc FROM ts_stat('SELECT to_tsvector(''simple'', concat_ws('' '', "Title", "City", "Country", "Venue", "Forum", "Participants")) FROM "Summits"')
                UNION ALL
                SELECT word, ndoc FROM ts_stat('SELECT to_tsvector(''simple'', concat_ws('' '', "Name", "Aliases")) FROM "Agreements"')
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (StemOf(reader.GetString(0)) is { Length: > 0 } stem)
                {
                    rows[stem] = rows.GetValueOrDefault(stem) + reader.GetInt32(1);
                }
            }
        }
        return new SearchVocabulary([.. rows.Keys], [.. rows.Values], Surfaces(titles));
    }

    /// <summary>The <c>fts5vocab</c> tables over the three indexes (migration <c>SearchVocabulary</c>).</summary>
    public static readonly string[] VocabularyTables = [$"{ArticleSearchIndex.Table}Vocab", $"{SummitSearchIndex.Table}Vocab", $"{AgreementSearchIndex.Table}Vocab"];

    private static Dictionary<string, string> Surfaces(IEnumerable<string> titles)
    {
        var counts = new Dictionary<(string Stem, string Word), int>();
        foreach (var title in titles)
        {
            var position = 0;
            while (FtsTokenizer.Next(title, ref position, out var start, out var end))
            {
                var word = title[start..end].ToLowerInvariant();
                if (StemOf(word) is { Length: > 0 } stem)
                {
                    counts[(stem, word)] = counts.GetValueOrDefault((stem, word)) + 1;
                }
            }
        }
        return counts.GroupBy(pair => pair.Key.Stem)
            .ToDictionary(group => group.Key, group => group.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key.Word, StringComparer.Ordinal).First().Key.Word, StringComparer.Ordinal);
    }
}

/// <summary>A known term near a typed word.</summary>
/// <param name="Term">The term as the index holds it (a porter stem).</param>
/// <param name="Edits">1 or 2.</param>
/// <param name="Rows">Rows of the three indexes holding it.</param>
internal readonly record struct CloseTerm(string Term, int Edits, int Rows);
