namespace BharatBrief.Ingestion.Text;

/// <summary>A text and its tokens, with the questions extractors ask of a token.</summary>
public sealed class TokenizedText
{
    public TokenizedText(string text, IReadOnlyList<Token> tokens)
    {
        Text = text;
        Tokens = tokens;
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public int Count => Tokens.Count;

    public Token this[int index] => Tokens[index];

    public ReadOnlySpan<char> SpanOf(int index) => Text.AsSpan(Tokens[index].Start, Tokens[index].Length);

    public string TextOf(int index) => Text.Substring(Tokens[index].Start, Tokens[index].Length);

    /// <summary>The text from the start of token <paramref name="first"/> to the end of token <paramref name="last"/>.</summary>
    public string TextOf(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];

    public bool Is(int index, string word) =>
        index >= 0 && index < Tokens.Count && SpanOf(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the token is in <paramref name="words"/>, compared with the set's own comparer, without allocating.</summary>
    public bool IsIn(int index, HashSet<string> words) =>
        index >= 0 && index < Tokens.Count && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(SpanOf(index));

    public bool IsAny(int index, params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (Is(index, word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True for a word that starts with a capital letter ("Moscow", "RELOS").</summary>
    public bool IsCapitalized(int index) =>
        index >= 0 && index < Tokens.Count && Tokens[index].Kind != TokenKind.Punctuation && char.IsUpper(Text[Tokens[index].Start]);

    /// <summary>True for a word of two or more capitals and digits ("RELOS", "SCO", "G20").</summary>
    public bool IsAcronym(int index)
    {
        if (index < 0 || index >= Tokens.Count || Tokens[index].Kind != TokenKind.Word || Tokens[index].Length < 2)
        {
            return false;
        }
        var span = SpanOf(index);
        var capitals = 0;
        foreach (var c in span)
        {
            if (char.IsUpper(c))
            {
                capitals++;
            }
            else if (!char.IsDigit(c) && c != 's')
            {
                return false;
            }
        }
        return capitals >= 2 && char.IsUpper(span[0]);
    }

    public bool IsPunctuation(int index, char mark) =>
        index >= 0 && index < Tokens.Count && Tokens[index].Kind == TokenKind.Punctuation && TokenChars.Normalize(Text[Tokens[index].Start]) == mark;

    /// <summary>True when tokens <paramref name="index"/> and the one before it touch, as in "S-400" or "long-term".</summary>
    public bool IsJoinedToPrevious(int index) => index > 0 && index < Tokens.Count && !Tokens[index].SpaceBefore;
}
