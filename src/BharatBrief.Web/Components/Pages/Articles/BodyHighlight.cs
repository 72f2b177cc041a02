namespace BharatBrief.Web.Components.Pages.Articles;

/// <summary>A span of the body to highlight: where it is (offsets into the body) and how it shows.</summary>
public sealed record BodyHighlight(int Start, int Length, string Class, string? Href, string? Title)
{
    public int End => Start + Length;
}
