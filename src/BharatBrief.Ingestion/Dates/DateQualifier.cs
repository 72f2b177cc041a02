namespace BharatBrief.Ingestion.Dates;

/// <summary>A part of a period named with it ("early May 2025", "mid-2024", "late last year"): kept, never turned into a day.</summary>
public enum DateQualifier
{
    None,
    Early,
    Mid,
    Late,
}
