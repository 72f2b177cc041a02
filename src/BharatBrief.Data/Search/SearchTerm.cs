namespace BharatBrief.Data.Search;

/// <summary>One thing to look for: a word, or a phrase of words that must stand together ("S-400" is the phrase "s 400").</summary>
/// <param name="Words">The words, as the reader typed them; never empty, letters and digits only.</param>
/// <param name="Prefix">True when the last word may be the start of a longer one.</param>
/// <param name="Quoted">True when the reader put it in quotation marks.</param>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool Prefix, bool Quoted)
{
    /// <summary>The term in FTS5 syntax: always a quoted string, which no reader's input can turn into an operator.</summary>
    public string ToMatch() => $"\"{string.Join(' ', Words)}\"{(Prefix ? "*" : "")}";

    /// <summary>The term as the search page shows it back.</summary>
    public override string ToString()
    {
        var text = string.Join(Quoted ? " " : "-", Words);
        return (Quoted ? $"\"{text}\"" : text) + (Prefix ? "*" : "");
    }
}
