using BharatBrief.Ingestion.Dates;

namespace BharatBrief.Ingestion.Records;

/// <summary>A date as a mention states it, and what it came to against the article's as-of date.</summary>
/// <param name="Text">The phrase as written ("on Monday", "December 4–5"); re-parsing it gives the same expression.</param>
/// <param name="Orientation">Whether the phrase looks back or ahead, which yearless and weekday dates need.</param>
/// <param name="Resolved">The dates it resolves to, or null when the as-of date does not support resolving it.</param>
/// <param name="DependsOnAsOf">True for relative and yearless phrases, whose value moves with the as-of date.</param>
public sealed record MentionDate(string Text, TimeOrientation Orientation, DateRange? Resolved, bool DependsOnAsOf);
