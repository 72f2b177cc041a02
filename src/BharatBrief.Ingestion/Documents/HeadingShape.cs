namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// Whether a line of plain text reads as a heading: short, no closing full stop, one sentence, and either
/// headline-cased, very short, a question, led by an emoji or numbered.
/// </summary>
internal static class HeadingShape
{
    public const int MaxWords = 14;
    private const int MaxPlainWords = 8;
    private const int MaxLength = 150;

    /// <summary>True when the text has the form of a heading, leaving aside what follows it.</summary>
    public static bool Fits(ReadOnlySpan<char> text, bool decorationLed, bool numbered)
    {
        if (text.IsEmpty || text.Length > MaxLength || char.IsLower(text[0]))
        {
            return false;
        }
        var words = TextShape.CountWords(text, MaxWords);
        var last = TextShape.LastMark(text);
        if (words > MaxWords || TextShape.IsFullStop(last) || last is ',' or ';' or ':' || !TextShape.HasLetterOrDigit(text))
        {
            return false;
        }
        var styled = numbered || decorationLed || last == '?' || words <= MaxPlainWords || TextShape.IsTitleCased(text);
        return styled && IsOneSentence(text);
    }

    /// <summary>A short label a table sits under ("Fact Box", "Key facts:").</summary>
    public static bool IsCaption(ReadOnlySpan<char> text) =>
        !text.IsEmpty && TextShape.CountWords(text, 6) <= 6 && !TextShape.IsFullStop(TextShape.LastMark(text))
        && TextShape.LastMark(text) is not (',' or ';')
        && TextShape.HasLetterOrDigit(text);

    public static bool IsOneSentence(ReadOnlySpan<char> text) =>
        SentenceSplitter.FirstEnd(text) is var end && (end < 0 || !TextShape.HasLetterOrDigit(text[end..]));
}
