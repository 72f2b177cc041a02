namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>What one sentence says of a meeting's status; <see cref="Current"/> is a meeting under way ("Modi meets Putin").</summary>
internal enum MentionStatus
{
    Unknown,
    Planned,
    Held,
    Current,
    Cancelled,
}
