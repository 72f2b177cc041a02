using BharatBrief.Data;
using BharatBrief.Data.Search;
using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Components.Shared;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Components.Pages.Summits;

/// <summary>The timeline's reads, as many whatever the page holds: every match's marker (which gives the counts by year), a page of summits, their sources, the unconfirmed count, annual years, cities.</summary>
public static class TimelineQuery
{
    public const int PageSize = 50;

    public static async Task<TimelineModel> LoadAsync(BharatBriefDbContext db, SearchCatalog catalog, TimelineFilter filter, CancellationToken cancellationToken)
    {
        var matching = filter.Apply(db.Summits.AsNoTracking());
        // The axis draws every match, so its few columns of each are read once and the yearly counts taken from them.
        var marks = await matching
            .OrderBy(summit => summit.StartsOn == null).ThenBy(summit => summit.StartsOn).ThenBy(summit => summit.Id)
            .Select(summit => new TimelineMark(
                summit.Id, summit.Slug, summit.Title, summit.Kind, summit.Status, summit.Start, summit.End, summit.Year, summit.City, summit.Country))
            .ToListAsync(cancellationToken);
        List<YearCount> years = [.. marks.GroupBy(mark => (mark.Year, mark.Status)).Select(group => new YearCount(group.Key.Year, group.Key.Status, group.Count()))];
        var items = await Page(matching, filter.Page, PageSize, cancellationToken);
        return new TimelineModel
        {
            Filter = filter,
            Items = await WithSourcesAsync(db, catalog, items, cancellationToken),
            Total = years.Sum(year => year.Count),
            Years = years,
            Marks = marks,
            Unconfirmed = await db.Summits.CountAsync(summit => summit.Confidence < Confidence.PublicThreshold, cancellationToken),
            AnnualYears = await db.Summits.AsNoTracking()
                .Where(summit => summit.Kind == SummitKind.AnnualSummit && summit.Status == SummitStatus.Held && summit.Year != null
                    && summit.Confidence >= Confidence.PublicThreshold)
                .Select(summit => summit.Year!.Value).Distinct().OrderBy(year => year)
                .ToListAsync(cancellationToken),
            Cities = await db.Summits.AsNoTracking()
                .Where(summit => summit.City != null).Select(summit => summit.City!).Distinct().OrderBy(city => city)
                .ToListAsync(cancellationToken),
        };
    }

    /// <summary>How many summits match, and one page of them with how many sources each has (the API's and the CSV's read).</summary>
    public static async Task<(int Total, IReadOnlyList<TimelineItem> Items)> ListAsync(
        BharatBriefDbContext db, TimelineFilter filter, int size, CancellationToken cancellationToken)
    {
        var matching = filter.Apply(db.Summits.AsNoTracking());
        var total = await matching.CountAsync(cancellationToken);
        var items = await Page(matching, filter.Page, size, cancellationToken);
        return (total, items);
    }

    /// <summary>Summits in time order (undated last), one page of them.</summary>
    public static Task<List<TimelineItem>> Page(IQueryable<BharatBrief.Data.Entities.Summit> summits, int page, int size, CancellationToken cancellationToken) =>
        summits
            .OrderBy(summit => summit.StartsOn == null).ThenBy(summit => summit.StartsOn).ThenBy(summit => summit.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(summit => new TimelineItem(
                summit.Id, summit.Slug, summit.Title, summit.Kind, summit.Status, summit.Start, summit.End, summit.Year,
                summit.City, summit.Country, summit.Venue, summit.Ordinal, summit.OrdinalIsDerived, summit.Participants)
            {
                // Read from the (SummitId, ArticleId) index alone.
                SourceCount = summit.Mentions.Select(mention => mention.ArticleId).Distinct().Count(),
                Confidence = summit.Confidence,
                ConfidenceNotes = summit.ConfidenceNotes,
            })
            .ToListAsync(cancellationToken);

    /// <summary>The source articles of the given summits: which ones from the mentions' index, their titles and dates from the catalog.</summary>
    public static async Task<IReadOnlyList<TimelineItem>> WithSourcesAsync(
        BharatBriefDbContext db, SearchCatalog catalog, List<TimelineItem> items, CancellationToken cancellationToken)
    {
        int[] ids = [.. items.Select(item => item.Id)];
        var pairs = await db.SummitMentions.AsNoTracking()
            .Where(mention => mention.SummitId != null && ids.Contains(mention.SummitId.Value))
            .Select(mention => new { SummitId = mention.SummitId!.Value, mention.ArticleId })
            .Distinct()
            .ToListAsync(cancellationToken);
        var articles = (await catalog.GetAsync().WaitAsync(cancellationToken)).Articles;
        var sources = pairs
            .Select(pair => (pair.SummitId, Article: articles.GetValueOrDefault(pair.ArticleId)))
            .Where(pair => pair.Article is not null)
            .ToLookup(pair => pair.SummitId, pair => new ArticleLink(pair.Article!.Slug, pair.Article.Title, pair.Article.Date));
        return [.. items.Select(item => item with
        {
            Sources = [.. sources[item.Id].OrderBy(source => source.Date ?? "9999", StringComparer.Ordinal).ThenBy(source => source.Slug, StringComparer.Ordinal)],
        })];
    }
}
