namespace BharatBrief.Ingestion.Text;

/// <summary>
/// Numbers the clauses of a sentence, so that a cue or a date is read with the words it belongs to:
/// in "invited Putin to India, with Putin accepting the call in May", May is the acceptance's date, not the visit's.
/// </summary>
public static class ClauseSplitter
{
    // A comma followed by one of these opens a clause that says something else.
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "which", "who", "whom", "where", "while", "whereas", "though", "although", "but", "with", "after", "before",
        "according", "even", "as", "marking", "underscoring", "highlighting", "saying", "adding", "citing", "noting",
        "recalling", "referring", "describing", "praising", "signalling", "signaling", "continuing", "ensuring", "telling",
        "told", "warning", "urging", "calling", "asking",
    };

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "confirmed", "confirms", "announced", "announces", "told", "added", "noted", "stated", "reported",
        "recalled", "indicated", "remarked", "emphasised", "emphasized", "stressed", "declared", "asserted", "tweeted", "wrote",
    };

    /// <summary>The clause number of every token, from 0, in order.</summary>
    public static int[] ClauseOf(TokenizedText text)
    {
        var clauses = new int[text.Count];
        var clause = 0;
        for (var i = 0; i < text.Count; i++)
        {
            if (IsBoundary(text, i))
            {
                clause++;
            }
            clauses[i] = clause;
        }
        return clauses;
    }

    /// <summary>
    /// ", and the two leaders met in October", ", and they spoke again": "and" with the leaders as a subject of their own
    /// starts a new clause; "signed in Moscow, and ratified in May" goes on with the same one, and so does ", and he met
    /// Putin there", whose "there" is the place the clause before named.
    /// </summary>
    private static bool OpensCoordinateClause(TokenizedText text, int i) =>
        text.Is(i, "and")
        && (text.Is(i + 1, "they") || (text.IsAny(i + 1, "the", "both") && text.Is(i + 2, "leaders")) || (text.Is(i + 1, "the") && text.Is(i + 2, "two") && text.Is(i + 3, "leaders")));

    private static bool IsBoundary(TokenizedText text, int i)
    {
        var token = text[i];
        if (token.Kind != TokenKind.Punctuation)
        {
            return false;
        }
        var c = TokenChars.Normalize(text.Text[token.Start]);
        if (c == ';')
        {
            return true;
        }
        if (c == '-')
        {
            // "—" or a dash between spaces separates; a joined hyphen ("long-term", "S-400") does not.
            var isEmDash = text.Text[token.Start] is '\u2014' or '\u2015';
            var spaced = token.SpaceBefore || (i + 1 < text.Count && text[i + 1].SpaceBefore);
            return isEmDash || spaced;
        }
        if (c == ',' && i + 1 < text.Count)
        {
            if (text.IsIn(i + 1, ClauseOpeners) || OpensCoordinateClause(text, i + 1))
            {
                return true;
            }
            for (var k = i + 1; k < Math.Min(text.Count, i + 7); k++)
            {
                if (text.IsPunctuation(k, ','))
                {
                    break;
                }
                if (text.IsIn(k, ReportingVerbs))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
