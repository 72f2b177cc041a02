using System.Text;

namespace BharatBrief.Data.Search;

/// <summary>Turns what a reader types into an FTS5 query that cannot be a syntax error.</summary>
internal static class FtsQuery
{
    /// <summary>
    /// Every word as a quoted term (all must match), the last one also as a prefix so that results follow typing;
    /// null when the text has no words.
    /// </summary>
    public static string? From(string text)
    {
        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else
            {
                Flush();
            }
        }
        Flush();
        if (terms.Count == 0)
        {
            return null;
        }
        terms[^1] += "*";
        return string.Join(' ', terms);

        void Flush()
        {
            if (word.Length > 0)
            {
                terms.Add($"\"{word}\"");
                word.Clear();
            }
        }
    }
}
