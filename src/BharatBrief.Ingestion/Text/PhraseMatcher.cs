namespace BharatBrief.Ingestion.Text;

/// <summary>
/// Finds known phrases (names, cue words) in tokenized text, leftmost and longest first. Built once, then
/// read-only and safe to share. Case-sensitive phrases match their own capitalisation or all capitals
/// ("Moscow", "MOSCOW", never "moscow"); dashes and quotes match their typographic variants.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<Entry>> _byFirstToken;
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Most tokens start no phrase: a table of (first letter, length) pairs turns them away before any hashing.
    private const int MaxIndexedLength = 32;
    private readonly bool[] _possibleFirstTokens = new bool[128 * MaxIndexedLength];

    public PhraseMatcher(IEnumerable<(string Phrase, T Value, bool CaseSensitive)> phrases)
    {
        _byFirstToken = new Dictionary<string, List<Entry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, value, caseSensitive) in phrases)
        {
            var tokenized = Tokenizer.Tokenize(phrase);
            if (tokenized.Count == 0)
            {
                continue;
            }
            var words = Enumerable.Range(0, tokenized.Count).Select(i => Fold(tokenized, i)).ToArray();
            if (!_byFirstToken.TryGetValue(words[0], out var entries))
            {
                _byFirstToken[words[0]] = entries = [];
            }
            entries.Add(new Entry(words, value, caseSensitive));
        }
        foreach (var (first, entries) in _byFirstToken)
        {
            entries.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
            if (first[0] < 128)
            {
                _possibleFirstTokens[FilterSlot(first[0], first.Length)] = true;
            }
        }
        _lookup = _byFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every non-overlapping match, left to right; at each position the longest phrase wins.</summary>
    public List<PhraseMatch<T>> FindAll(TokenizedText text)
    {
        var matches = new List<PhraseMatch<T>>();
        for (var i = 0; i < text.Count;)
        {
            if (MatchAt(text, i) is { } match)
            {
                matches.Add(match);
                i = match.Last + 1;
            }
            else
            {
                i++;
            }
        }
        return matches;
    }

    /// <summary>The longest phrase that starts at token <paramref name="index"/>, if any.</summary>
    public PhraseMatch<T>? MatchAt(TokenizedText text, int index)
    {
        var token = text[index];
        var first = TokenChars.Normalize(text.Text[token.Start]);
        if (first < 128 && !_possibleFirstTokens[FilterSlot(first, token.Length)])
        {
            return null;
        }
        if (!_lookup.TryGetValue(KeyOf(text, index), out var entries))
        {
            return null;
        }
        foreach (var entry in entries)
        {
            if (entry.Matches(text, index))
            {
                return new PhraseMatch<T>(index, index + entry.Words.Length - 1, entry.Value);
            }
        }
        return null;
    }

    private static int FilterSlot(char first, int length) => char.ToLowerInvariant(first) * MaxIndexedLength + Math.Min(length, MaxIndexedLength - 1);

    private static ReadOnlySpan<char> KeyOf(TokenizedText text, int index) =>
        text[index].Kind == TokenKind.Punctuation ? FoldedPunctuation(text.Text[text[index].Start]) : text.SpanOf(index);

    private static string Fold(TokenizedText text, int index) =>
        text[index].Kind == TokenKind.Punctuation ? FoldedPunctuation(text.Text[text[index].Start]) : text.TextOf(index);

    // Punctuation keys come from a table so that matching allocates nothing per token.
    private static readonly string[] AsciiPunctuation = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    private static string FoldedPunctuation(char c)
    {
        var folded = TokenChars.Normalize(c);
        return folded < 128 ? AsciiPunctuation[folded] : folded.ToString();
    }

    private sealed record Entry(string[] Words, T Value, bool CaseSensitive)
    {
        public bool Matches(TokenizedText text, int start)
        {
            if (start + Words.Length > text.Count)
            {
                return false;
            }
            for (var k = 0; k < Words.Length; k++)
            {
                var token = text[start + k];
                var span = token.Kind == TokenKind.Punctuation
                    ? FoldedPunctuation(text.Text[token.Start]).AsSpan()
                    : text.SpanOf(start + k);
                if (!span.Equals(Words[k], StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
                if (CaseSensitive && token.Kind == TokenKind.Word && !span.SequenceEqual(Words[k]) && !IsAllUpper(span))
                {
                    return false;
                }
            }
            return true;
        }

        private static bool IsAllUpper(ReadOnlySpan<char> span)
        {
            foreach (var c in span)
            {
                if (char.IsLetter(c) && !char.IsUpper(c))
                {
                    return false;
                }
            }
            return true;
        }
    }
}
