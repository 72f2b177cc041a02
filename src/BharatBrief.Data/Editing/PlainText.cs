namespace BharatBrief.Data.Editing;

/// <summary>One-line text an editor types into a field (a title, a place, a name, a citation).</summary>
public static class PlainText
{
    public const string OneLineMessage = "Write it on one line, without control characters.";

    /// <summary>
    /// True when <paramref name="value"/> holds a control character (CR, LF, tab, NUL, …), a line or paragraph
    /// separator, or a character that reorders text (bidirectional embeddings, overrides and isolates): none belongs
    /// in a one-line field, and each can break a page, a feed, a calendar entry or a CSV row.
    /// </summary>
    public static bool HasControlCharacters(string? value) =>
        value is not null && value.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));
}
