namespace BharatBrief.Ingestion.Dates;

/// <summary>When something happens: a start and, for spans of days ("December 4–5"), an end.</summary>
public sealed record DateRange(PartialDate Start, PartialDate? End = null)
{
    public static DateRange Of(PartialDate start) => new(start);

    /// <summary>"2025-12-04" or "2025-12-04/2025-12-05".</summary>
    public override string ToString() => End is { } end ? $"{Start}/{end}" : Start.ToString();
}
