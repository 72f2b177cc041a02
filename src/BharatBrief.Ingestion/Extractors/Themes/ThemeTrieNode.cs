namespace BharatBrief.Ingestion.Extractors.Themes;

/// <summary>
/// A node of the phrase trie: one word further into the phrases that start alike. Words are keyed in lower case,
/// so lookups pass lower-cased words; terms that must match case keep the exact words of each of their forms.
/// </summary>
internal sealed class ThemeTrieNode
{
    /// <summary>Longer words are in no phrase, so lookups need not lower-case them.</summary>
    public const int MaxWordLength = 48;

    private readonly Dictionary<string, ThemeTrieNode> _children = new(StringComparer.Ordinal);
    private readonly List<(ThemeTerm Term, string[] Words)> _terms = [];
    private Dictionary<string, ThemeTrieNode>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private bool _frozen;

    public bool HasTerms => _terms.Count > 0;

    /// <summary>The child for a word already in lower case.</summary>
    public ThemeTrieNode? Next(ReadOnlySpan<char> lowerCaseWord) =>
        _lookup.TryGetValue(lowerCaseWord, out var child) ? child : null;

    /// <summary>The first words of all phrases below this node.</summary>
    public IEnumerable<string> Words => _children.Keys;

    public void Add(string[] words, int depth, ThemeTerm term)
    {
        if (depth == words.Length)
        {
            if (!_terms.Exists(existing => existing.Term.Id == term.Id && (!term.MatchCase || existing.Words.SequenceEqual(words))))
            {
                _terms.Add((term, words));
            }
            return;
        }
        var key = words[depth].ToLowerInvariant();
        if (key.Length > MaxWordLength)
        {
            throw new InvalidDataException($"The theme word '{words[depth]}' is longer than {MaxWordLength} characters.");
        }
        if (!_children.TryGetValue(key, out var child))
        {
            child = new ThemeTrieNode();
            _children.Add(key, child);
        }
        child.Add(words, depth + 1, term);
    }

    /// <summary>Ends building; lookups by span need the finished dictionary.</summary>
    public void Freeze()
    {
        if (_frozen)
        {
            return;
        }
        _frozen = true;
        _lookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var child in _children.Values)
        {
            child.Freeze();
        }
    }

    /// <summary>The terms ending here that the words of <paramref name="text"/> at <paramref name="tokens"/> satisfy.</summary>
    public void CollectMatching(string text, ReadOnlySpan<WordToken> tokens, List<ThemeTerm> into)
    {
        foreach (var (term, words) in _terms)
        {
            if ((!term.MatchCase || HasExactWords(text, tokens, words)) && !into.Contains(term))
            {
                into.Add(term);
            }
        }
    }

    private static bool HasExactWords(string text, ReadOnlySpan<WordToken> tokens, string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (!tokens[i].In(text).SequenceEqual(words[i]))
            {
                return false;
            }
        }
        return true;
    }
}
