using BharatBrief.Data.Importing.Consolidating;
using BharatBrief.Data.Importing;
using BharatBrief.Ingestion.Records;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Tests.Editing;

/// <summary>Corrections to the record, and that they survive consolidating and re-ingesting again.</summary>
public sealed class CorrectionServiceTests
{
    private static Task<Entities.Summit> SummitAsync(EditingStore store, string start) =>
        store.QueryAsync(db => db.Summits.AsNoTracking().Include(s => s.Mentions).SingleAsync(s => s.Start == start));

    /// <summary>Every article parsed again (as after a new pipeline build): all mention rows are replaced.</summary>
    private static async Task ReparseEverythingAsync(EditingStore store)
    {
        await store.QueryAsync(db => db.Articles.ExecuteUpdateAsync(a => a.SetProperty(x => x.PipelineVersion, "an older build")));
        await store.Importer.IngestFolderAsync(store.SeedFolder);
    }

    [Fact]
    public async Task Edited_summit_fields_show_and_survive_re_ingestion()
    {
        await using var store = await EditingStore.WithSeedsAsync();
        var summit = await SummitAsync(store, "2024-07");

        var result = await store.Corrections.EditSummitAsync(summit.Id,
            new Dictionary<string, string?> { [SummitFields.Start] = "2024-07-08", [SummitFields.End] = "2024-07-09" }, "editor@example.org");
        await ReparseEverythingAsync(store);

        Assert.True(result.Succeeded, result.Message);
        var corrected = await store.QueryAsync(db => db.Summits.SingleAsync(s => s.Id == summit.Id));
        Assert.Equal(("2024-07-08", "2024-07-09", summit.Slug), (corrected.Start!, corrected.End!, corrected.Slug));
        var log = Assert.Single(await store.Corrections.LogAsync(0, 10));
        Assert.Equal(("summit.edit", "editor@example.org"), (log.Action, log.User));
        Assert.Contains("2024-07", log.Before, StringComparison.Ordinal);
        Assert.Contains("2024-07-08", log.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_values_say_what_is_wrong()
    {
        await using var store = await EditingStore.WithSeedsAsync();
        var summit = await SummitAsync(store, "2024-07");

        var result = await store.Corrections.EditSummitAsync(summit.Id,
            new Dictionary<string, string?> { [SummitFields.Start] = "July 8", [SummitFields.Kind] = "party" }, "editor@example.org");

        Assert.False(result.Succeeded);
        Assert.Equal([SummitFields.Kind, SummitFields.Start], result.Errors.Keys.Order());
    }

    [Fact]
    public async Task Two_summits_merged_stay_one_through_re_ingestion()
    {
        await using var store = await EditingStore.WithSeedsAsync();
        var planned = await SummitAsync(store, "2025-07");
        var held = await SummitAsync(store, "2024-07");

        var result = await store.Corrections.MergeSummitsAsync(planned.Id, held.Id, "editor@example.org");
        await ReparseEverythingAsync(store);

        Assert.True(result.Succeeded, result.Message);
        Assert.False(await store.QueryAsync(db => db.Summits.AnyAsync(s => s.Id == planned.Id)));
        var merged = await store.QueryAsync(db => db.Summits.Include(s => s.Mentions).SingleAsync(s => s.Id == held.Id));
        Assert.Equal(held.Mentions.Count + planned.Mentions.Count, merged.Mentions.Count);
    }

    [Fact]
    public async Task A_split_moves_mentions_to_a_summit_of_their_own()
    {
        await using var store = await EditingStore.WithSeedsAsync();
        var summit = await SummitAsync(store, "2024-07");
        var moving = summit.Mentions.OrderBy(m => m.ArticleId).First();

        var result = await store.Corrections.SplitSummitAsync(summit.Id, [moving.Id], "editor@example.org");
        await ReparseEverythingAsync(store);

        Assert.True(result.Succeeded, result.Message);
        var original = await store.QueryAsync(db => db.Summits.Include(s => s.Mentions).SingleAsync(s => s.Id == summit.Id));
        Assert.Equal(summit.Mentions.Count - 1, original.Mentions.Count);
        var split = await store.QueryAsync(db => db.Summits.Include(s => s.Mentions).SingleAsync(s => s.Slug == result.Slug));
        Assert.Equal(moving.ArticleId, Assert.Single(split.Mentions).ArticleId);
    }

    [Fact]
    public async Task A_field_corrected_twice_keeps_the_second_value()
    {
        await using var store = await EditingStore.WithSeedsAsync();
        var summit = await SummitAsync(store, "2024-07");

        await store.Corrections.EditSummitAsync(summit.Id, new Dictionary<string, string?> { [SummitFields.Start] = "2024-07-08" }, "editor@example.org");
        var second = await store.Corrections.EditSummitAsync(summit.Id, new Dictionary<string, string?> { [SummitFields.Start] = "2024-07-09" }, "editor@example.org");
        await ReparseEverythingAsync(store);

        Assert.True(second.Succeeded, second.Message);
        Assert.Equal("2024-07-09", await store.QueryAsync(db => db.Summits.Where(s => s.Id == summit.Id).Select(s => s.Start).SingleAsync()));
    }

    [Fact]
    public async Task A_mention_detached_after_a_split_leaves_the_split_summit()
    {
        await using var store = await EditingStore.WithSeedsAsync();
        var summit = await SummitAsync(store, "2024-07");
        var moving = summit.Mentions.OrderBy(m => m.ArticleId).First();
        var split = await store.Corrections.SplitSummitAsync(summit.Id, [moving.Id], "editor@example.org");
        var splitSummit = await store.QueryAsync(db => db.Summits.Include(s => s.Mentions).SingleAsync(s => s.Slug == split.Slug));

        var result = await store.Corrections.DetachSummitMentionAsync(Assert.Single(splitSummit.Mentions).Id, "editor@example.org");
        await ReparseEverythingAsync(store);

        Assert.True(result.Succeeded, result.Message);
        Assert.False(await store.QueryAsync(db => db.SummitMentions.AnyAsync(m => m.ArticleId == moving.ArticleId && m.Index == moving.Index && m.SummitId != null)));
    }

    [Fact]
    public async Task A_detached_mention_leaves_its_summit_and_stays_detached()
    {
        await using var store = await EditingStore.WithSeedsAsync();
        var kazan = await store.QueryAsync(db => db.Summits.Include(s => s.Mentions).SingleAsync(s => s.City == "Kazan"));

        var result = await store.Corrections.DetachSummitMentionAsync(Assert.Single(kazan.Mentions).Id, "editor@example.org");
        await ReparseEverythingAsync(store);

        Assert.True(result.Succeeded, result.Message);
        Assert.False(await store.QueryAsync(db => db.Summits.AnyAsync(s => s.City == "Kazan")));
    }

    [Fact]
    public async Task A_detached_agreement_mention_leaves_its_agreement_and_stays_detached()
    {
        await using var store = await EditingStore.WithSeedsAsync();
        var mention = await store.QueryAsync(db => db.AgreementMentions.AsNoTracking()
            .Where(m => m.AgreementId != null).OrderBy(m => m.ArticleId).ThenBy(m => m.Index).FirstAsync());

        var result = await store.Corrections.DetachAgreementMentionAsync(mention.Id, "editor@example.org");
        await ReparseEverythingAsync(store);

        Assert.True(result.Succeeded, result.Message);
        Assert.False(await store.QueryAsync(db => db.AgreementMentions.AnyAsync(m => m.ArticleId == mention.ArticleId && m.Index == mention.Index && m.AgreementId != null)));
    }

    [Fact]
    public async Task An_agreement_renamed_with_an_alias_and_a_status_from_a_source_keeps_them()
    {
        await using var store = await EditingStore.WithSeedsAsync();
        var relos = await store.QueryAsync(db => db.Agreements.SingleAsync(a => a.Slug == "relos"));

        await store.Corrections.RenameAgreementAsync(relos.Id, "Reciprocal Exchange of Logistics Support Agreement", "editor@example.org");
        await store.Corrections.AddAgreementAliasAsync(relos.Id, "logistics pact", "editor@example.org");
        await store.Corrections.SetAgreementStatusAsync(relos.Id, AgreementStatus.InForce, "Ministry of Defence press release, 12 Jan 2026", "editor@example.org");
        await ReparseEverythingAsync(store);

        var corrected = await store.QueryAsync(db => db.Agreements.SingleAsync(a => a.Id == relos.Id));
        Assert.Equal("Reciprocal Exchange of Logistics Support Agreement", corrected.Name);
        Assert.Contains("logistics pact", corrected.Aliases);
        Assert.Contains("RELOS", corrected.Aliases);
        Assert.Equal((AgreementStatus.InForce, "Ministry of Defence press release, 12 Jan 2026"), (corrected.Status, corrected.StatusSource!));
        Assert.Equal(3, (await store.Corrections.LogAsync(0, 10)).Count);
    }

    [Fact]
    public async Task The_export_carries_corrected_values()
    {
        await using var store = await EditingStore.WithSeedsAsync();
        var summit = await SummitAsync(store, "2024-07");
        await store.Corrections.EditSummitAsync(summit.Id, new Dictionary<string, string?> { [SummitFields.Start] = "2024-07-08" }, "editor@example.org");

        var export = await new BharatBrief.Data.Export.DocumentExporter(store.Contexts, TimeProvider.System).BuildAsync();

        Assert.Equal("2024-07-08", export.Summits.Single(s => s.Slug == summit.Slug).Start);
    }
}
