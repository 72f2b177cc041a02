using BharatBrief.Data.Entities;
using BharatBrief.Data.Importing.Writing;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>
/// Writes freshly merged rows of one kind (summits or agreements) over the stored ones. A merged row continues the
/// stored row it shares most mentions with, keeping its Id and slug, and is written only when its fingerprint
/// changed; stored rows that nothing continues are deleted; the rest are inserted. Stored conflicts and histories
/// are never read back: on a store of thousands of summits they are most of its size.
/// </summary>
internal static class ConsolidatedRowsWriter
{
    /// <param name="corrections">Editors' values for a stored row's fields, laid over the merged values before they are compared and written.</param>
    /// <param name="rowsPerSave">Changed rows held before they are saved and let go.</param>
    /// <returns>The Id of each merged row, in the order of <paramref name="merged"/>.</returns>
    public static async Task<int[]> WriteAsync<TRow, TTheme>(
        BharatBriefDbContext db, IReadOnlyList<MergedRow<TRow>> merged, MentionRows mentions, ThemeTable<TTheme> themes,
        Action<TRow, int> corrections, int rowsPerSave, CancellationToken cancellationToken)
        where TRow : class, IConsolidatedRow
        where TTheme : class
    {
        var stored = (await db.Set<TRow>().AsNoTracking()
            .Select(row => new StoredRowKey(EF.Property<int>(row, "Id"), EF.Property<string>(row, "Slug"), EF.Property<string>(row, "Fingerprint")))
            .ToListAsync(cancellationToken)).ToDictionary(row => row.Id);
        var storedThemes = (await db.Set<TTheme>().AsNoTracking()
            .Select(link => new { Owner = EF.Property<int>(link, themes.OwnerColumn), Slug = EF.Property<string>(link, "ThemeSlug") })
            .ToListAsync(cancellationToken)).ToLookup(link => link.Owner, link => link.Slug);
        var matches = RowMatcher.Match(
            [.. merged.Select(item => mentions.RowIdsOf(item.Mentions))],
            mentions.Owners,
            [.. merged.Select(item => item.NaturalSlug)],
            stored.ToDictionary(pair => pair.Key, pair => pair.Value.Slug),
            [.. merged.Select(item => item.PinnedTo)]);

        var kept = matches.OfType<int>().ToHashSet();
        int[] gone = [.. stored.Keys.Where(id => !kept.Contains(id))];
        // Deleted first, so that their slugs are free for new rows; their theme links go with them.
        await db.Set<TRow>().Where(row => gone.Contains(EF.Property<int>(row, "Id"))).ExecuteDeleteAsync(cancellationToken);

        var slugs = new SlugAllocator(kept.Select(id => stored[id].Slug));
        var fingerprint = new RowFingerprint<TRow>(db);
        using var newRows = new BulkInserter<TRow>(db);
        using var newThemes = new BulkInserter<TTheme>(db);
        var ids = new int[merged.Count];
        var unsaved = 0;
        for (var i = 0; i < merged.Count; i++)
        {
            if (unsaved >= rowsPerSave)
            {
                await SaveAndLetGoAsync(db, cancellationToken);
                unsaved = 0;
            }
            var row = await merged[i].MakeRow(cancellationToken);
            if (matches[i] is int correctedId)
            {
                corrections(row, correctedId);
            }
            row.Fingerprint = fingerprint.Of(row);
            string[] wanted = [.. ThemeLinks.Wanted(merged[i].Themes)];
            if (matches[i] is int id)
            {
                row.Id = ids[i] = id;
                row.Slug = stored[id].Slug;
                if (row.Fingerprint != stored[id].Fingerprint)
                {
                    db.Set<TRow>().Update(row);
                    unsaved++;
                }
                var linked = storedThemes[id].ToHashSet(StringComparer.Ordinal);
                db.Set<TTheme>().RemoveRange(linked.Except(wanted).Select(slug => themes.Link(id, slug)));
                foreach (var slug in wanted.Except(linked))
                {
                    newThemes.Insert(themes.Link(id, slug));
                }
                continue;
            }
            row.Slug = slugs.Allocate(merged[i].NaturalSlug);
            row.Id = ids[i] = (int)newRows.Insert(row);
            foreach (var slug in wanted)
            {
                newThemes.Insert(themes.Link(row.Id, slug));
            }
        }
        await SaveAndLetGoAsync(db, cancellationToken);
        return ids;
    }

    private static async Task SaveAndLetGoAsync(BharatBriefDbContext db, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
