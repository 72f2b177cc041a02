using BharatBrief.Data;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Components.Pages.Themes;

/// <summary>The themes index's read: every theme of the taxonomy with its counts, in one query.</summary>
public static class ThemesQuery
{
    public static Task<List<ThemeCount>> LoadAsync(BharatBriefDbContext db, CancellationToken cancellationToken) =>
        db.Themes.AsNoTracking()
            .OrderBy(theme => theme.Position)
            .Select(theme => new ThemeCount(
                theme.Slug, theme.Name, theme.About,
                db.VisibleArticleThemes.Count(link => link.ThemeSlug == theme.Slug),
                db.SummitThemes.Count(link => link.ThemeSlug == theme.Slug),
                db.AgreementThemes.Count(link => link.ThemeSlug == theme.Slug)))
            .ToListAsync(cancellationToken);
}
