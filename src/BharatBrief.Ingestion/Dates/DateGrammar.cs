using System.Buffers;
using BharatBrief.Ingestion.Dates.Parsing;
using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Dates;

/// <summary>Finds date phrases in English news text and says what each means.</summary>
/// <remarks>
/// The text is tokenized once; each token is then tried as the start of a phrase, and only tokens that can begin
/// one (a number, a month, a weekday, a time word) get past the first check, so the cost grows with the text, not
/// with the number of constructions.
/// </remarks>
public static class DateGrammar
{
    /// <summary>Every date phrase in <paramref name="text"/>, left to right, none overlapping; the longest reading wins.</summary>
    public static IReadOnlyList<DateMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = ArrayPool<Token>.Shared.Rent(text.Length + 1);
        try
        {
            var tokens = new TokenStream(text, buffer, DateTokenizer.Tokenize(text, buffer));
            List<DateMatch>? matches = null;
            var index = 0;
            while (index < tokens.Count)
            {
                if (PhraseParser.TryReadInText(tokens, index, out var reading))
                {
                    if (!PhraseParser.IsCountedFrom(tokens, index, reading.Expression))
                    {
                        var span = TextSpan.FromBounds(tokens[index].Start, tokens[reading.End - 1].End);
                        var boundary = PhraseParser.BoundaryAround(tokens, index, reading.End);
                        (matches ??= []).Add(new DateMatch(span, text.Substring(span.Start, span.Length), reading.Expression, boundary));
                    }
                    index = reading.End;
                }
                else
                {
                    index++;
                }
            }
            return matches ?? (IReadOnlyList<DateMatch>)[];
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a whole string as one date phrase ("last year", "December 4–5"); null when it is not one.</summary>
    /// <remarks>The caller vouches that the string is a date, so a bare "May" or "March" reads as the month.</remarks>
    public static DateExpression? ParseExact(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var trimmed = phrase.Trim();
        var buffer = ArrayPool<Token>.Shared.Rent(trimmed.Length + 1);
        try
        {
            var tokens = new TokenStream(trimmed, buffer, DateTokenizer.Tokenize(trimmed, buffer));
            return tokens.Count > 0 && PhraseParser.TryRead(tokens, 0, MonthLicence.Strong, out var reading) && reading.End == tokens.Count
                ? reading.Expression
                : null;
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
        }
    }
}
