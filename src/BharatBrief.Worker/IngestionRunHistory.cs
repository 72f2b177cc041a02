using BharatBrief.Data;
using BharatBrief.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Worker;

/// <summary>The recorded runs, newest first, for the editors' desk.</summary>
public sealed class IngestionRunHistory(IDbContextFactory<BharatBriefDbContext> contexts)
{
    public async Task<IReadOnlyList<IngestionRun>> RecentAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.IngestionRuns.AsNoTracking()
            .OrderByDescending(run => run.StartedAt).ThenByDescending(run => run.Id)
            .Skip(skip).Take(take)
            .Include(run => run.Problems.OrderBy(problem => problem.Id))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
    }
}
