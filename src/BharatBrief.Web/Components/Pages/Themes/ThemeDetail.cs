using BharatBrief.Web.Components.Pages.Agreements;
using BharatBrief.Web.Components.Pages.Summits;
using BharatBrief.Web.Components.Shared;

namespace BharatBrief.Web.Components.Pages.Themes;

/// <summary>What a theme's page shows: mentions per year, its agreements, its latest summits, a page of its articles.</summary>
public sealed record ThemeDetail
{
    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required string About { get; init; }

    /// <summary>Articles and summits of the theme per year, oldest first.</summary>
    public IReadOnlyList<YearMentions> Years { get; init; } = [];

    public IReadOnlyList<RegisterRow> Agreements { get; init; } = [];

    public IReadOnlyList<TimelineItem> Summits { get; init; } = [];

    public int SummitCount { get; init; }

    public IReadOnlyList<ArticleSummary> Articles { get; init; } = [];

    public int ArticleCount { get; init; }
}
