namespace BharatBrief.Ingestion.Dates;

/// <summary>Finds date phrases in English news text and says what each means.</summary>
public static class DateGrammar
{
    /// <summary>Every date phrase in <paramref name="text"/>, left to right, none overlapping; the longest reading wins.</summary>
    public static IReadOnlyList<DateMatch> FindAll(string text) => throw new NotImplementedException();

    /// <summary>Reads a whole string as one date phrase ("last year", "December 4–5").</summary>
    public static DateExpression? ParseExact(string phrase) => throw new NotImplementedException();
}
