using System.Text;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>An outlet or author name as metadata gives it, made fit for one line of a page, a feed or a CSV row.</summary>
internal static class AttributionText
{
    public const int MaxLength = 200;

    /// <summary>
    /// Runs of white space and control characters become one space (a folded YAML value or a CSV cell may span lines);
    /// characters that reorder text go. Null when nothing is left; cut at <see cref="MaxLength"/> characters.
    /// </summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = new StringBuilder(Math.Min(value.Length, MaxLength));
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = text.Length > 0;
                continue;
            }
            if (c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                continue;
            }
            if (pendingSpace)
            {
                text.Append(' ');
                pendingSpace = false;
            }
            text.Append(c);
            if (text.Length >= MaxLength)
            {
                break;
            }
        }
        return text.Length == 0 ? null : text.ToString();
    }
}
