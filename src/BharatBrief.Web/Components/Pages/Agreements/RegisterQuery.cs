using BharatBrief.Data;
using BharatBrief.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Components.Pages.Agreements;

/// <summary>The register's read: one query, themes and source counts included; ordered in memory (statuses by lifecycle, not by name).</summary>
public static class RegisterQuery
{
    public static async Task<IReadOnlyList<RegisterRow>> LoadAsync(BharatBriefDbContext db, RegisterFilter filter, CancellationToken cancellationToken)
    {
        var rows = await filter.Apply(db.Agreements.AsNoTracking())
            .Select(agreement => new RegisterRow(
                agreement.Slug, agreement.Name, agreement.Aliases, agreement.Kind, agreement.Status, agreement.Date,
                agreement.Summit == null ? null : agreement.Summit.Slug,
                agreement.Summit == null ? null : agreement.Summit.Title,
                agreement.Themes.OrderBy(link => link.ThemeSlug).Select(link => link.ThemeSlug).ToList(),
                agreement.Mentions.Select(mention => mention.ArticleId).Distinct().Count()))
            .ToListAsync(cancellationToken);
        return [.. filter.Order(rows)];
    }
}
