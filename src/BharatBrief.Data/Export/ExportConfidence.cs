namespace BharatBrief.Data.Export;

/// <summary>How sure the record is of a summit or an agreement: a score from 0 to 1, its level and what lowered it.</summary>
/// <param name="Score">0–1; facts at 0.5 or more appear in the site's lists and feeds.</param>
/// <param name="Level">"high" (0.75 or more), "medium" or "low".</param>
/// <param name="Notes">What lowered the score ("one source", "date inferred"), or an editor's decision.</param>
public sealed record ExportConfidence(double Score, string Level, IReadOnlyList<string> Notes)
{
    public static ExportConfidence Of(double score, IReadOnlyList<string> notes) =>
        new(score, new Ingestion.Merging.Confidence(score, notes).Level, notes);
}
