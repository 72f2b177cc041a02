using BharatBrief.Ingestion.Records;

namespace BharatBrief.Web.Components.Pages.Summits;

/// <summary>How many summits of one status a year has (year null: undated).</summary>
public sealed record YearCount(int? Year, SummitStatus Status, int Count);
