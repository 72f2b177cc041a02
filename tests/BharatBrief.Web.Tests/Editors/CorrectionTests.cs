using System.Globalization;
using System.Net;
using BharatBrief.Data;
using BharatBrief.Data.Accounts;
using BharatBrief.Data.Importing;
using BharatBrief.Web.Caching;
using BharatBrief.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>Corrections through the editors' forms: readers see them at once, they survive re-ingestion, and admins read them in the audit log.</summary>
public sealed class CorrectionTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    [Fact]
    public async Task A_corrected_summit_date_survives_re_ingestion_and_is_in_the_audit_log_for_admins_only()
    {
        using var editor = await EditorClient.SignedInAsync(site.Factory, "corrector@example.org", EditorRoles.Editor);
        using var admin = await EditorClient.SignedInAsync(site.Factory, "chief@example.org", EditorRoles.Admin);
        using var reader = EditorClient.Anonymous(site.Factory);
        var summit = await site.Factory.ReadAsync(db => db.Summits.SingleAsync(s => s.Start!.StartsWith("2024-07") && s.City == "Moscow"));
        var readerPage = $"/summits/{summit.Slug}";
        Assert.DoesNotContain("8–9 July 2024", (await reader.GetAsync(readerPage)).One("main").Text(), StringComparison.Ordinal);

        using var response = await editor.PostFormAsync($"/editor/summits/{summit.Id}", "summit-edit",
            new() { ["Edit.Start"] = "2024-07-08", ["Edit.End"] = "2024-07-09" });

        Assert.Equal($"/editor/summits/{summit.Id}?done=true", EditorClient.PathOf(response));
        Assert.Contains("8–9 July 2024", (await reader.GetAsync(readerPage)).One("main").Text(), StringComparison.Ordinal);
        await ReingestSeedsAsync();
        var corrected = await site.Factory.ReadAsync(db => db.Summits.SingleAsync(s => s.Id == summit.Id));
        Assert.Equal(("2024-07-08", "2024-07-09", summit.Title, summit.City), (corrected.Start, corrected.End, corrected.Title, corrected.City));
        Assert.Contains("8–9 July 2024", (await reader.GetAsync(readerPage)).One("main").Text(), StringComparison.Ordinal);

        var log = await admin.GetAsync("/admin/audit");
        var entry = log.One("table.audit tbody tr");
        Assert.Contains("corrector@example.org", entry.Text(), StringComparison.Ordinal);
        Assert.Contains("summit.edit", entry.Text(), StringComparison.Ordinal);
        Assert.Contains("2024-07-08", entry.Text(), StringComparison.Ordinal);
        await editor.GetAsync("/admin/audit", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_refused_summit_value_is_named_beside_its_field()
    {
        using var editor = await EditorClient.SignedInAsync(site.Factory, "careless@example.org", EditorRoles.Editor);
        var id = await site.Factory.ReadAsync(db => db.Summits.Select(s => s.Id).FirstAsync());

        using var response = await editor.PostFormAsync($"/editor/summits/{id}", "summit-edit", new() { ["Edit.Start"] = "next spring" });

        var page = await EditorClient.ReadAsync(response);
        Assert.Equal("Write the date as YYYY, YYYY-MM or YYYY-MM-DD, to the precision the sources support.", page.One("#start-error").Text());
    }

    [Fact]
    public async Task An_agreement_renamed_with_an_alias_and_a_status_shows_them_to_readers()
    {
        using var editor = await EditorClient.SignedInAsync(site.Factory, "registrar@example.org", EditorRoles.Editor);
        using var reader = EditorClient.Anonymous(site.Factory);
        var agreement = await site.Factory.ReadAsync(db => db.Agreements.OrderBy(a => a.Id).FirstAsync());
        var url = $"/editor/agreements/{agreement.Id}";
        await reader.GetAsync("/agreements");

        using (var renamed = await editor.PostFormAsync(url, "agreement-rename", new() { ["Rename.Name"] = "Corrected Agreement Name" }))
        {
            Assert.Equal(url + "?done=true", EditorClient.PathOf(renamed));
        }
        using (var aliased = await editor.PostFormAsync(url, "agreement-alias", new() { ["Alias.Alias"] = "CAN" }))
        {
            Assert.Equal(url + "?done=true", EditorClient.PathOf(aliased));
        }
        using (var status = await editor.PostFormAsync(url, "agreement-status", new() { ["Status.Status"] = "in-force", ["Status.Source"] = "Gazette of India, 3 March 2026" }))
        {
            Assert.Equal(url + "?done=true", EditorClient.PathOf(status));
        }

        Assert.Contains("Corrected Agreement Name", (await reader.GetAsync("/agreements")).One("table.register").Text(), StringComparison.Ordinal);
        var stored = await site.Factory.ReadAsync(db => db.Agreements.SingleAsync(a => a.Id == agreement.Id));
        Assert.Equal(("Corrected Agreement Name", "Gazette of India, 3 March 2026"), (stored.Name, stored.StatusSource));
        Assert.Contains("CAN", stored.Aliases);
        Assert.Equal(3, await site.Factory.ReadAsync(db => db.CorrectionLog.CountAsync(e => e.User == "registrar@example.org")));
    }

    [Fact]
    public async Task Summits_are_rid_of_a_wrong_mention_split_and_merged_through_the_forms()
    {
        using var editor = await EditorClient.SignedInAsync(site.Factory, "merger@example.org", EditorRoles.Editor);
        var moscow = await site.Factory.ReadAsync(db => db.Summits.SingleAsync(s => s.Start!.StartsWith("2024-07") && s.City == "Moscow"));
        var url = $"/editor/summits/{moscow.Id}";
        var ids = await site.Factory.ReadAsync(db => db.SummitMentions.Where(m => m.SummitId == moscow.Id).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync());
        Assert.True(ids.Count >= 3);

        using (var detached = await editor.PostFormAsync(url, "summit-detach", new() { ["Detach.MentionId"] = ids[0].ToString(CultureInfo.InvariantCulture) }))
        {
            Assert.Equal(url + "?done=true", EditorClient.PathOf(detached));
        }
        Assert.Equal(ids.Count - 1, await MentionCountAsync(moscow.Id));
        // Consolidation may renumber mention rows: the one to split off is read again, as the page shows it.
        var moving = await site.Factory.ReadAsync(db => db.SummitMentions.Where(m => m.SummitId == moscow.Id).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());
        using (var split = await editor.PostFormAsync(url, "summit-split", new() { ["mention"] = moving.ToString(CultureInfo.InvariantCulture) }))
        {
            Assert.Equal(url + "?done=true", EditorClient.PathOf(split));
        }
        Assert.Equal(ids.Count - 2, await MentionCountAsync(moscow.Id));

        var others = await site.Factory.ReadAsync(db => db.Summits.Where(s => s.Id != moscow.Id && s.Mentions.Any()).OrderBy(s => s.Id).Select(s => new { s.Id, s.Slug }).Take(2).ToListAsync());
        var (source, target) = (others[0], others[1]);
        using (var merged = await editor.PostFormAsync($"/editor/summits/{source.Id}", "summit-merge", new() { ["Merge.Target"] = target.Slug }))
        {
            Assert.Equal($"/editor/summits/{target.Id}?done=true", EditorClient.PathOf(merged));
        }
        Assert.False(await site.Factory.ReadAsync(db => db.Summits.AnyAsync(s => s.Id == source.Id)));
        using var reader = EditorClient.Anonymous(site.Factory);
        await reader.GetAsync($"/summits/{source.Slug}", HttpStatusCode.NotFound);
        Assert.Equal(["mention.detach", "summit.split", "summit.merge"],
            await site.Factory.ReadAsync(db => db.CorrectionLog.Where(e => e.User == "merger@example.org").OrderBy(e => e.Id).Select(e => e.Action).ToListAsync()));
    }

    private Task<int> MentionCountAsync(int summitId) => site.Factory.ReadAsync(db => db.SummitMentions.CountAsync(m => m.SummitId == summitId));

    /// <summary>Every seed read again by the importer as if the pipeline had changed, then the cache cleared as the site does.</summary>
    private async Task ReingestSeedsAsync()
    {
        await site.Factory.ReadAsync(db => db.Articles.ExecuteUpdateAsync(a => a.SetProperty(x => x.PipelineVersion, "an older build")));
        var report = await site.Factory.Services.GetRequiredService<ArticleImporter>().IngestFolderAsync(SeededStore.SeedFolder);
        Assert.True(report.Ingested + report.Updated > 0);
        await site.Factory.Services.GetRequiredService<ReaderCache>().InvalidateAsync();
    }
}
