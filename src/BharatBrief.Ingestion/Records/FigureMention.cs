namespace BharatBrief.Ingestion.Records;

/// <summary>A numeric claim: money, a share, a count or a duration, with what it measures.</summary>
/// <param name="Kind">Money, percentage, count or duration.</param>
/// <param name="What">What the number measures, in the article's words ("bilateral trade volume").</param>
/// <param name="Value">The number normalised for comparison: "65 billion USD", "60–70%", "77 years".</param>
/// <param name="Amount">The number (the low end of a range) in its unit.</param>
/// <param name="AmountHigh">The high end of a range ("60–70%" gives 70), otherwise null.</param>
/// <param name="Unit">"USD", "INR", "%", "years", "workers", …</param>
/// <param name="Date">When the claim applies, when the sentence says ("last year").</param>
/// <param name="Evidence">The sentence that makes the claim.</param>
public sealed record FigureMention(
    FigureKind Kind,
    string What,
    string Value,
    decimal Amount,
    decimal? AmountHigh,
    string Unit,
    MentionDate? Date,
    Evidence Evidence);
