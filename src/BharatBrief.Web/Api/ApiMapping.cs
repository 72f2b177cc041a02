using BharatBrief.Data.Search;
using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Api.Models;
using BharatBrief.Web.Components.Pages.Agreements;
using BharatBrief.Web.Components.Pages.Search;
using BharatBrief.Web.Components.Pages.Summits;
using BharatBrief.Web.Components.Pages.Themes;
using BharatBrief.Web.Components.Shared;
using BharatBrief.Web.Formatting;

namespace BharatBrief.Web.Api;

/// <summary>The pages' models in the API's shape: slugs for enumerations (docs/domain.md), ISO dates with their words, site paths for links.</summary>
internal static class ApiMapping
{
    public static SummitSummaryDto Summary(TimelineItem item) => new(
        item.Slug, item.Title, SiteLinks.Summit(item.Slug), item.Kind.ToSlug(), item.Status.ToSlug(), ApiDate.From(item.Start, item.End),
        item.City, item.Country, item.Venue, item.Ordinal, item.OrdinalIsDerived, item.Participants, item.SourceCount);

    public static SummitDto Detail(SummitDetail summit) => new(
        summit.Slug, summit.Title, SiteLinks.Summit(summit.Slug), summit.Kind.ToSlug(), summit.Status.ToSlug(), ApiDate.From(summit.Start, summit.End),
        summit.City, summit.Country, summit.Venue, summit.Forum, summit.Ordinal, summit.OrdinalIsDerived, summit.Participants, summit.Themes,
        [.. summit.Agreements.Select(a => new AgreementRefDto(a.Slug, a.Name, SiteLinks.Agreement(a.Slug), a.Kind.ToSlug(), a.Status.ToSlug(), ApiDate.From(a.Date)))],
        [.. summit.Sources.Select(Source)],
        [.. summit.Conflicts.Select(c => new ConflictDto(c.Field, [.. c.Claims.Select(claim =>
            new ClaimDto(claim.Value, claim.ArticleSlug, claim.Quote, SiteLinks.Sentence(claim.ArticleSlug, claim.Sentence)))]))]);

    public static AgreementSummaryDto Summary(RegisterRow row) => new(
        row.Slug, row.Name, SiteLinks.Agreement(row.Slug), row.Aliases, row.Kind.ToSlug(), row.Status.ToSlug(), ApiDate.From(row.Date),
        row.SummitSlug, row.Themes, row.SourceCount);

    public static AgreementDto Detail(AgreementDetail agreement) => new(
        agreement.Slug, agreement.Name, SiteLinks.Agreement(agreement.Slug), agreement.Aliases, agreement.Kind.ToSlug(), agreement.Status.ToSlug(),
        ApiDate.From(agreement.Date), agreement.SummitSlug, agreement.Themes,
        [.. agreement.History.Select(claim => new StatusClaimDto(claim.Status, claim.ArticleSlug, ApiDate.From(claim.AsOf),
            new QuoteDto(claim.Sentence, claim.Quote, SiteLinks.Sentence(claim.ArticleSlug, claim.Sentence))))],
        [.. agreement.Sources.Select(Source)]);

    public static ThemeDto Theme(ThemeCount theme) =>
        new(theme.Slug, theme.Name, theme.About, SiteLinks.Theme(theme.Slug), theme.Articles, theme.Summits, theme.Agreements);

    public static SearchResultDto Search(SearchFilter filter, SiteSearchResult result) => new(
        filter.Query.Display,
        [.. Enum.GetValues<SearchQueryNotes>().Where(note => note != SearchQueryNotes.None && filter.Query.Notes.HasFlag(note)).Select(note => note.ToString())],
        result.Total,
        result.Kinds.ToDictionary(k => SearchFilter.Slug(k.Value), k => k.Count),
        result.Themes.ToDictionary(t => t.Value, t => t.Count),
        result.Years.ToDictionary(y => y.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), y => y.Count),
        SearchFilter.Slug(result.ListedKind), filter.Page, result.PageCount,
        [.. result.Hits.Select(Hit)], [.. result.TopSummits.Select(Hit)], [.. result.TopAgreements.Select(Hit)]);

    private static SearchHitDto Hit(SiteSearchHit hit) => new(
        SearchFilter.Slug(hit.Kind), hit.Entry.Slug, hit.Title,
        hit.Kind switch
        {
            SearchItemKind.Summit => SiteLinks.Summit(hit.Entry.Slug),
            SearchItemKind.Agreement => SiteLinks.Agreement(hit.Entry.Slug),
            _ => SiteLinks.Article(hit.Entry.Slug),
        },
        hit.Snippet, ApiDate.From(hit.Entry.Date, hit.Entry.EndDate), hit.Entry.Status, hit.Rank);

    private static SourceDto Source(SourceArticle source) => new(
        source.Slug, source.Title, SiteLinks.Article(source.Slug), ApiDate.From(source.Date), AttributionDto.From(source.Attribution),
        [.. source.Quotes.Select(q => new QuoteDto(q.Sentence, q.Quote, SiteLinks.Sentence(source.Slug, q.Sentence)))]);
}
