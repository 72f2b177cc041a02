namespace BharatBrief.Data.Search;

/// <summary>
/// What a reader typed, made into an FTS5 query that cannot be a syntax error: every word or phrase is a quoted FTS5
/// string, joined only by the operators AND, OR and NOT (upper case, as FTS5 spells them) where they join two terms.
/// Hyphenated and dotted words ("S-400", "rupee-ruble", "U.S.") become phrases, a trailing <c>*</c> asks for a prefix,
/// and the last plain word of three letters or more is also matched as a prefix so that "Kudank" finds Kudankulam,
/// unless a space follows it.
/// </summary>
public sealed record SearchQuery
{
    /// <summary>Terms beyond this many are left out: a longer query is pasted text, not a question.</summary>
    public const int MaxTerms = 16;

    /// <summary>Characters of one word beyond this many are left out.</summary>
    public const int MaxWordLength = 64;

    /// <summary>Characters of the typed text that are read; the rest of a pasted page is ignored.</summary>
    public const int MaxTextLength = 2_000;

    internal SearchQuery(string text, IReadOnlyList<SearchTerm> terms, IReadOnlyList<string> operators, SearchQueryNotes notes)
    {
        Text = text;
        Terms = terms;
        Operators = operators;
        Notes = notes;
    }

    /// <summary>What was typed, trimmed.</summary>
    public string Text { get; }

    /// <summary>True when what was typed ended with a space: its last word is finished, not the start of a longer one.</summary>
    public bool EndsWord { get; init; }

    /// <summary>What was typed, as the address keeps it: trimmed, but with the space that finished the last word.</summary>
    public string Typed => EndsWord ? Text + " " : Text;

    /// <summary>The terms to look for, in order.</summary>
    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>The operator before each term after the first: "AND", "OR", "NOT", or "" for the implicit AND.</summary>
    public IReadOnlyList<string> Operators { get; }

    public SearchQueryNotes Notes { get; }

    /// <summary>True when there is nothing to look for.</summary>
    public bool IsEmpty => Terms.Count == 0;

    /// <summary>The FTS5 MATCH expression; null when <see cref="IsEmpty"/>.</summary>
    public string? Match => IsEmpty ? null : Join(term => term.ToMatch());

    /// <summary>The query as understood, for the page to show back ("sanctions AND oil*").</summary>
    public string Display => Join(term => term.ToString());

    /// <summary>Reads what a reader typed; never throws, whatever the text.</summary>
    public static SearchQuery Parse(string? text) => SearchQueryParser.Parse(text ?? "");

    private string Join(Func<SearchTerm, string> write)
    {
        var parts = new List<string>(Terms.Count * 2);
        for (var i = 0; i < Terms.Count; i++)
        {
            if (i > 0 && Operators[i - 1].Length > 0)
            {
                parts.Add(Operators[i - 1]);
            }
            parts.Add(write(Terms[i]));
        }
        return string.Join(' ', parts);
    }
}
