using BharatBrief.Ingestion.Dates;

namespace BharatBrief.Ingestion.Text;

/// <summary>A word or phrase that says whether a clause looks back or ahead, and how firmly.</summary>
public sealed record TenseCue(TimeOrientation Orientation, bool IsStrong);
