using BharatBrief.Data;
using BharatBrief.Data.Search;
using BharatBrief.Web.Components.Shared;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Components.Pages.Agreements;

/// <summary>The agreement page's reads: the agreement with its summit and themes, and its mentions' evidence; articles are named from the catalog.</summary>
public static class AgreementQuery
{
    public static async Task<AgreementDetail?> LoadAsync(BharatBriefDbContext db, SearchCatalog catalog, string slug, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.AsNoTracking()
            .Where(row => row.Slug == slug)
            .Select(row => new
            {
                row.Id, row.Slug, row.Name, row.Aliases, row.Kind, row.Status, row.Date, row.History, row.Confidence, row.ConfidenceNotes,
                SummitSlug = row.Summit == null ? null : row.Summit.Slug,
                SummitTitle = row.Summit == null ? null : row.Summit.Title,
                SummitStart = row.Summit == null ? null : row.Summit.Start,
                Themes = row.Themes.OrderBy(link => link.Theme!.Position).Select(link => link.ThemeSlug).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (agreement is null)
        {
            return null;
        }
        var mentions = await db.AgreementMentions.AsNoTracking()
            .Where(mention => mention.AgreementId == agreement.Id)
            .Select(mention => new { mention.ArticleId, mention.Evidence })
            .ToListAsync(cancellationToken);
        var articles = (await catalog.GetAsync().WaitAsync(cancellationToken)).Articles;
        return new AgreementDetail
        {
            Slug = agreement.Slug, Name = agreement.Name, Aliases = agreement.Aliases, Kind = agreement.Kind, Status = agreement.Status,
            Date = agreement.Date, SummitSlug = agreement.SummitSlug, SummitTitle = agreement.SummitTitle, SummitStart = agreement.SummitStart,
            Themes = agreement.Themes,
            Confidence = agreement.Confidence, ConfidenceNotes = agreement.ConfidenceNotes,
            History = [.. agreement.History
                .Where(change => articles.ContainsKey(change.ArticleId))
                .Select(change => new StatusClaim(
                    change.Status, articles[change.ArticleId].Slug, articles[change.ArticleId].Title, change.SourceAsOf,
                    change.Evidence.Sentence, change.Evidence.Quote))],
            Sources = SourceArticle.From(mentions
                .Where(mention => articles.ContainsKey(mention.ArticleId))
                .Select(mention => SourceArticle.Evidenced.Of(articles[mention.ArticleId], mention.Evidence))),
        };
    }
}
