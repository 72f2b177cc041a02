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
                    if (!PhraseParser.IsCountedFrom(tokens, index, reading.End, reading.Expression) && !PhraseParser.IsPartOfLongerLength(tokens, index, reading.End))
                    {
                        var span = TextSpan.FromBounds(tokens[index].Start, tokens[reading.End - 1].End);
                        var boundary = PhraseParser.BoundaryAround(tokens, index, reading.End);
                        var expression = reading.Expression is StoryShift { Anchor: null } shift && matches is [.., var before]
                            && !SentenceEndsBetween(tokens, before.Span.End, index)
                            ? shift with { Anchor = before.Expression }
                            : reading.Expression;
                        // "ten days later" with no date before it in the sentence counts from what only the narrative knows: no match.
                        if (expression is not StoryShift { Anchor: null })
                        {
                            (matches ??= []).Add(new DateMatch(span, text.Substring(span.Start, span.Length), expression, boundary));
                        }
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

    /// <summary>
    /// True when a sentence ends between a phrase that ended at <paramref name="textEnd"/> and the token at <paramref name="index"/>:
    /// "the next day" counts from a date only in the sentence that names it. The dot of an abbreviation ("Dec.", "Mr.") ends none.
    /// </summary>
    private static bool SentenceEndsBetween(in TokenStream tokens, int textEnd, int index)
    {
        for (var i = index - 1; i >= 0 && tokens[i].Start >= textEnd; i--)
        {
            if (tokens.IsSymbol(i, '!') || tokens.IsSymbol(i, '?') || tokens.IsSymbol(i, '\n')
                || (tokens.IsSymbol(i, '.') && !(tokens.IsWord(i - 1) && tokens.IsGlued(i) && (tokens.TextOf(i - 1).Length <= 3 || char.IsUpper(tokens.TextOf(i - 1)[^1])))))
            {
                return true;
            }
        }
        return false;
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
