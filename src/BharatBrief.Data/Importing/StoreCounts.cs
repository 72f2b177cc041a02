using BharatBrief.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Importing;

/// <summary>What the store holds, for a run's summary.</summary>
internal sealed record StoreCounts(int Summits, int Agreements, int ThemesUsed, int Figures, int Conflicts)
{
    public static async Task<StoreCounts> LoadAsync(BharatBriefDbContext db, CancellationToken cancellationToken)
    {
        var conflicts = await StoreDialect.Of(db).SumJsonArrayLengthsAsync(db, "Summits", "Conflicts", cancellationToken);
        return new StoreCounts(
            await db.Summits.CountAsync(cancellationToken),
            await db.Agreements.CountAsync(cancellationToken),
            await db.ArticleThemes.Select(theme => theme.ThemeSlug).Distinct().CountAsync(cancellationToken),
            await db.Figures.CountAsync(cancellationToken),
            conflicts);
    }
}
