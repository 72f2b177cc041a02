namespace BharatBrief.Web.Components.Pages.Summits;

/// <summary>What the timeline page shows: one page of summits, and the counts and gaps of all that match.</summary>
public sealed record TimelineModel
{
    public required TimelineFilter Filter { get; init; }

    public required IReadOnlyList<TimelineItem> Items { get; init; }

    public required int Total { get; init; }

    /// <summary>Summits the record is not sure enough of to list: they wait for an editor's review.</summary>
    public int Unconfirmed { get; init; }

    public required IReadOnlyList<YearCount> Years { get; init; }

    /// <summary>Every matching summit as the time axis draws it, all pages together.</summary>
    public IReadOnlyList<TimelineMark> Marks { get; init; } = [];

    /// <summary>Years in which an annual summit was held (whatever the filters), to show the gaps between them.</summary>
    public required IReadOnlyList<int> AnnualYears { get; init; }

    /// <summary>The cities summits took place in, for the filter.</summary>
    public required IReadOnlyList<string> Cities { get; init; }

    public int PageCount => (Total + TimelineQuery.PageSize - 1) / TimelineQuery.PageSize;

    /// <summary>Runs of years without a held annual summit between two years that had one ("2022–2023").</summary>
    public IEnumerable<(int From, int To)> Gaps() =>
        AnnualYears.Zip(AnnualYears.Skip(1)).Where(pair => pair.Second - pair.First > 1).Select(pair => (pair.First + 1, pair.Second - 1));
}
