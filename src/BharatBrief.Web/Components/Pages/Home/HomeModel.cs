using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Components.Shared;

namespace BharatBrief.Web.Components.Pages.Home;

/// <summary>What the home page shows.</summary>
public sealed record HomeModel
{
    public IReadOnlyList<ArticleSummary> Latest { get; init; } = [];

    /// <summary>The next summit planned from today on; null when none is.</summary>
    public SummitBrief? NextPlanned { get; init; }

    /// <summary>When nothing is planned ahead, the most recent one that was announced (its date has passed).</summary>
    public SummitBrief? LastPlanned { get; init; }

    public SummitBrief? LastHeld { get; init; }

    public IReadOnlyList<KeyFigure> Figures { get; init; } = [];

    public int Articles { get; init; }

    public int Summits { get; init; }

    public int Agreements { get; init; }
}
