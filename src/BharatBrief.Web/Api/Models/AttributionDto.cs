using BharatBrief.Data.Search;
using BharatBrief.Web.Components.Shared;
using BharatBrief.Web.Formatting;

namespace BharatBrief.Web.Api.Models;

/// <summary>The original of a source: its outlet, author, published date and address, and the citation pages show.</summary>
/// <param name="Outlet">"The Hindu"; for a brief with no source named, "An editor’s brief".</param>
/// <param name="Url">The original's address, only when it is an absolute http or https one.</param>
/// <param name="Citation">As pages cite it: "The Hindu, 5 Oct 2018".</param>
public sealed record AttributionDto(string? Outlet, string? Author, ApiDate? Published, string? Url, string Citation)
{
    public static AttributionDto? From(ArticleAttribution? attribution)
    {
        if (attribution is null || !Citations.Shows(attribution) && attribution.Author is null)
        {
            return null;
        }
        var outlet = attribution.Outlet ?? (attribution.IsBrief ? Citations.EditorsBrief : null);
        var name = Citations.Name(attribution);
        var date = attribution.PublishedOn is { } published ? DateDisplay.Short(published) : null;
        var citation = string.Join(", ", new[] { name, date }.OfType<string>());
        return new AttributionDto(outlet, attribution.Author, ApiDate.From(attribution.PublishedOn), Citations.OriginalUrl(attribution), citation);
    }
}
