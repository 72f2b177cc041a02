using System.Text.Json;
using BharatBrief.Data.Importing.Writing;
using BharatBrief.Data.Storage;

namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>
/// Points mention rows at their consolidated rows and sets articles' effective as-of dates. Mention rows are the
/// bulk of the store, so only the rows that change are touched, a batch of rows per statement (the changes go in as
/// a JSON array read by the store's JSON functions; one array for the whole store would be the largest string
/// consolidation makes); a second consolidation of an unchanged store writes nothing.
/// </summary>
internal static class LinkUpdater
{
    public static Task<int> SetSummitLinksAsync(BharatBriefDbContext db, IEnumerable<(int RowId, int? Owner)> changes, int batchSize, CancellationToken cancellationToken) =>
        RunAsync(Pairs(changes), batchSize, json => StoreDialect.Of(db).UpdateFromJsonAsync(
            db, "SummitMentions", "Id", [("SummitId", "integer")], json, cancellationToken));

    public static Task<int> SetAgreementLinksAsync(BharatBriefDbContext db, IEnumerable<(int RowId, int? Owner)> changes, int batchSize, CancellationToken cancellationToken) =>
        RunAsync(Pairs(changes), batchSize, json => StoreDialect.Of(db).UpdateFromJsonAsync(
            db, "AgreementMentions", "Id", [("AgreementId", "integer")], json, cancellationToken));

    /// <summary>Only the as-of columns change: the full-text trigger fires on title, lede and body, which stay as they are.</summary>
    public static Task<int> SetAsOfAsync(
        BharatBriefDbContext db, IEnumerable<(int ArticleId, string? AsOf, string Basis)> changes, int batchSize, CancellationToken cancellationToken)
    {
        var rows = changes.Select(change => new object?[] { change.ArticleId, change.AsOf, change.Basis });
        return RunAsync(rows, batchSize, json => StoreDialect.Of(db).UpdateFromJsonAsync(
            db, "Articles", "Id", [("AsOf", "text"), ("AsOfBasis", "text")], json, cancellationToken));
    }

    private static IEnumerable<object?[]> Pairs(IEnumerable<(int RowId, int? Owner)> changes) =>
        changes.Select(change => new object?[] { change.RowId, change.Owner });

    private static async Task<int> RunAsync(IEnumerable<object?[]> rows, int batchSize, Func<string, Task<int>> update)
    {
        var changed = 0;
        foreach (var batch in rows.Chunk(batchSize))
        {
            changed += await update(JsonSerializer.Serialize(batch, StoreIdsJsonContext.Default.ObjectArrayArray));
        }
        return changed;
    }
}
