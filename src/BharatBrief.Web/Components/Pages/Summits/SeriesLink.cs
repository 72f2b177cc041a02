using BharatBrief.Ingestion.Records;

namespace BharatBrief.Web.Components.Pages.Summits;

/// <summary>The summit before or after this one: in the series of annual summits, or among all meetings by date.</summary>
public sealed record SeriesLink(string Slug, string Title, string? Start, string? End, int? Ordinal, SummitStatus Status);
