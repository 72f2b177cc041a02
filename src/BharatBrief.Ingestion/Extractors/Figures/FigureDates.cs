using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>
/// The date a figure's sentence gives for it: the nearest date phrase of the figure's own clause, and one after the
/// figure only when no comma parts them ("surpassed $65 billion last year", not "…two decades, this year's meeting").
/// Figures mostly report what has happened, so the date is read as past unless its clause looks ahead.
/// </summary>
internal static class FigureDates
{
    public static MentionDate? For(ExtractionContext context, int sentenceIndex, int figureStart, int figureEnd)
    {
        var dates = context.DatesIn(sentenceIndex);
        if (dates.Count == 0)
        {
            return null;
        }
        var tokens = context.TokensOf(sentenceIndex);
        var clauses = context.ClausesOf(sentenceIndex);
        var figureClause = clauses[TokenAt(tokens, figureStart)];
        DateMatch? nearest = null;
        var nearestDistance = int.MaxValue;
        foreach (var date in dates)
        {
            var isBefore = date.Span.End <= figureStart;
            var isAfter = date.Span.Start >= figureEnd;
            var distance = isBefore ? figureStart - date.Span.End : date.Span.Start - figureEnd;
            var belongs = (isBefore || (isAfter && !tokens.Text.AsSpan(figureEnd, distance).Contains(',')))
                && clauses[TokenAt(tokens, date.Span.Start)] == figureClause;
            if (belongs && distance < nearestDistance)
            {
                (nearest, nearestDistance) = (date, distance);
            }
        }
        if (nearest is null)
        {
            return null;
        }
        var looksAhead = TenseReader.Default.OrientationAt(tokens, clauses, TokenAt(tokens, nearest.Span.Start)) == TimeOrientation.Future;
        return context.ResolveDate(nearest, looksAhead ? TimeOrientation.Future : TimeOrientation.Past);
    }

    private static int TokenAt(TokenizedText tokens, int offset)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].End > offset)
            {
                return i;
            }
        }
        return Math.Max(0, tokens.Count - 1);
    }
}
