namespace BharatBrief.Ingestion.Merging;

/// <summary>
/// How sure the record is of a fact, from its evidence: a score between 0 and 1 and the reasons that lowered it, in
/// words a reader understands ("one source", "date inferred"). Facts at or above <see cref="PublicThreshold"/> are shown
/// in the site's lists and feeds, with their reasons; below it they wait for an editor.
/// </summary>
public sealed record Confidence(double Score, IReadOnlyList<string> Notes)
{
    /// <summary>The least score a fact needs to appear on the home page, the timeline's main list and the feeds.</summary>
    public const double PublicThreshold = 0.5;

    /// <summary>The least score shown without reservations.</summary>
    public const double CertainThreshold = 0.75;

    public static readonly Confidence Certain = new(1.0, []);

    public string Level => Score >= CertainThreshold ? "high" : Score >= PublicThreshold ? "medium" : "low";

    public bool IsPublic => Score >= PublicThreshold;
}
