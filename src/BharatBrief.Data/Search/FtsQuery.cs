using System.Text;

namespace BharatBrief.Data.Search;

/// <summary>Turns what a reader types into an FTS5 query that cannot be a syntax error.</summary>
internal static class FtsQuery
{
    /// <summary>
    /// Every word as a quoted term (all must match), the last one also as a prefix so that results follow typing;
    /// null when the text has no words.
    /// </summary>
    public static string? From(string text) =>
        Words(text) is [_, ..] words ? string.Join(' ', words.Select((word, i) => i == words.Count - 1 ? $"\"{word}\"*" : $"\"{word}\"")) : null;

    /// <summary>
    /// The same query for PostgreSQL's <c>to_tsquery</c>: every word (letters and digits only, so never an operator)
    /// joined by AND, the last one also as a prefix; null when the text has no words.
    /// </summary>
    public static string? ForPostgreSql(string text) =>
        Words(text) is [_, ..] words ? string.Join(" & ", words.Select((word, i) => i == words.Count - 1 ? $"{word}:*" : word)) : null;

    /// <summary>The runs of letters and digits of <paramref name="text"/>.</summary>
    private static List<string> Words(string text)
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
        return terms;

        void Flush()
        {
            if (word.Length > 0)
            {
                terms.Add(word.ToString());
                word.Clear();
            }
        }
    }
}
