namespace BharatBrief.Web.Formatting;

/// <summary>
/// Whether a sentence of evidence reads as a quote or only as a heading ("The View From the Summit Hall") or a
/// fact-box label ("Date: 5 October", "Leaders: Vladimir Putin &amp; Narendra Modi"): the outline keeps those as
/// sentences, but shown between quotation marks they would pass for something a source said.
/// </summary>
public static class QuoteShape
{
    private const int MaxHeadingWords = 14;
    private const int MaxLabelWords = 3;
    private const int MaxLabeledWords = 12;

    /// <summary>True when the text is a sentence a source says; false for a heading or a label.</summary>
    public static bool IsQuotable(string? text)
    {
        var trimmed = (text ?? "").Trim().TrimEnd('”', '"', '’', '\'', ')', ']', ' ');
        if (trimmed.Length == 0)
        {
            return false;
        }
        var words = trimmed.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return !IsLabel(trimmed, words) && !IsHeading(trimmed, words);
    }

    /// <summary>"Visit Dates: December 4–5": a few capitalised words, a colon, a short value, no closing full stop.</summary>
    private static bool IsLabel(string text, string[] words)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1 || EndsSentence(text) || words.Length > MaxLabeledWords)
        {
            return false;
        }
        var label = text[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return label.Length <= MaxLabelWords && char.IsUpper(label[0][0]);
    }

    /// <summary>A short line with no closing full stop, written in headline case or only a few words long.</summary>
    private static bool IsHeading(string text, string[] words)
    {
        if (words.Length > MaxHeadingWords || EndsSentence(text) || text[^1] is ':' or ',' or ';')
        {
            return false;
        }
        return words.Length <= 6 || IsTitleCased(words);
    }

    private static bool EndsSentence(string text) => text[^1] is '.' or '!' or '?' or '…' or '।';

    /// <summary>Every word of four letters or more capitalised (the short ones — "of", "the", "to" — may not be).</summary>
    private static bool IsTitleCased(string[] words)
    {
        var longWords = words.Where(word => word.Count(char.IsLetter) >= 4).ToList();
        return longWords.Count > 0 && longWords.All(word => char.IsUpper(word.First(char.IsLetter)));
    }
}
