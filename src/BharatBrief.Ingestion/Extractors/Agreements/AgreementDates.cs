using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Extractors.AsOf;
using BharatBrief.Ingestion.Extractors.Dates;
using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Agreements;

/// <summary>
/// When an agreement reached its status: a date in its clause; else, for a step reported as done ("ratified",
/// "have finalised"), the article's year; and the meeting that produced it when the sentence reports one.
/// </summary>
internal static class AgreementDates
{
    private static readonly string[] NotProducedThere = ["ahead", "before", "after", "since", "prior"];

    public static PartialDate? For(ExtractionContext context, int sentenceIndex, TokenizedText tokens, int[] clauses, int first, AgreementStatus status, string? cue)
    {
        var orientation = status >= AgreementStatus.Agreed ? TimeOrientation.Past : TimeOrientation.Future;
        var sentence = context.Sentences[sentenceIndex].Text;
        // "a programme of economic cooperation to 2030", "for 2024-2029": the years a plan aims at or covers are not
        // when anyone agreed to it.
        var inClause = context.DatesIn(sentenceIndex)
            .Where(match => DateRoles.IsEvent(sentence, match) && clauses[AsOfExtractor.TokenIndexAt(tokens, match.Span.Start)] == clauses[Math.Min(first, clauses.Length - 1)]
                && !IsDeadline(tokens, AsOfExtractor.TokenIndexAt(tokens, match.Span.Start)))
            .Select(match => DateResolver.Resolve(match.Expression, context.AsOf.Value, orientation))
            .FirstOrDefault(range => range is not null);
        if (inClause is not null)
        {
            return inClause.Start;
        }
        var reportedAsDone = status >= AgreementStatus.Agreed && cue is not null
            && (cue.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("ha", StringComparison.OrdinalIgnoreCase));
        // The year of a step reported as done is the article's only when the article says when it was written: a date
        // inferred from the latest event it tells ("a memoir … on the 26th of January 2007") is not when this was signed.
        return reportedAsDone && context.AsOf.CountsRelativeDates ? context.AsOf.Value?.Truncate(DatePrecision.Year) : null;
    }

    /// <summary>"a target of $20 billion by 2015": a date after "by" or "until" is a deadline, not when the step was taken.</summary>
    private static bool IsDeadline(TokenizedText tokens, int dateToken) =>
        tokens.IsAny(dateToken, "by", "until", "till") || tokens.IsAny(dateToken - 1, "by", "until", "till", "before");

    /// <summary>The summit a sentence reports, when the agreement was agreed or signed there (not "ahead of" it).</summary>
    public static int? SummitOf(ExtractionContext context, int sentenceIndex, AgreementStatus status)
    {
        if (status is not (AgreementStatus.Agreed or AgreementStatus.Signed))
        {
            return null;
        }
        var tokens = context.TokensOf(sentenceIndex);
        if (Enumerable.Range(0, tokens.Count).Any(i => tokens.IsAny(i, NotProducedThere)))
        {
            return null;
        }
        for (var i = 0; i < context.Summits.Count; i++)
        {
            if (context.Summits[i].Evidence.Any(evidence => evidence.SentenceIndex == sentenceIndex))
            {
                return i;
            }
        }
        return null;
    }
}
