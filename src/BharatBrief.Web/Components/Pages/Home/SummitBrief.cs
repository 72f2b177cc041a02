using BharatBrief.Ingestion.Records;

namespace BharatBrief.Web.Components.Pages.Home;

/// <summary>A summit in one line.</summary>
public sealed record SummitBrief(string Slug, string Title, string? Start, string? End, SummitStatus Status, string? City, string? Country)
{
    public string? Place => City ?? Country;
}
