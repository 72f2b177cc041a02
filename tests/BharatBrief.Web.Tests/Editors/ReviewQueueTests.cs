using BharatBrief.Data.Accounts;
using BharatBrief.Data.Importing;
using BharatBrief.Web.Caching;
using BharatBrief.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>
/// A meeting reported on weak evidence (one source, a date counted from an article date the text never states, one
/// side named) stays off the readers' lists until an editor confirms it, and the decision holds through re-ingest.
/// </summary>
public sealed class ReviewQueueTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private const string WeakReport = """
        Notes from the capitals

        India and Russia keep in touch. The two leaders last met in March 2019. Narendra Modi travelled to Sochi last month for talks, officials recalled.
        """;

    [Fact]
    public async Task A_weakly_evidenced_summit_waits_in_the_queue_until_confirmed_and_the_decision_outlasts_re_ingest()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "weak.txt"), WeakReport);
        await IngestAsync(folder.Path);
        var weak = await site.Factory.ReadAsync(db => db.Summits.SingleAsync(s => s.Start == "2019-02"));
        Assert.True(weak.Confidence < 0.5, $"scored {weak.Confidence}");
        Assert.Contains("date inferred", weak.ConfidenceNotes);

        using var reader = EditorClient.Anonymous(site.Factory);
        var timeline = (await reader.GetAsync("/summits")).One("main").Text();
        Assert.DoesNotContain(weak.Title, timeline, StringComparison.Ordinal);
        Assert.Contains("evidence too weak to list here", timeline, StringComparison.Ordinal);
        Assert.Contains("Unconfirmed", (await reader.GetAsync($"/summits/{weak.Slug}")).One("main").Text(), StringComparison.Ordinal);

        using var editor = await EditorClient.SignedInAsync(site.Factory, "reviewer@example.org", EditorRoles.Editor);
        var queue = (await editor.GetAsync("/editor/review")).One("main").Text();
        Assert.Contains(weak.Title, queue, StringComparison.Ordinal);
        Assert.Contains("Modi travelled to Sochi last month", queue, StringComparison.Ordinal);

        using var response = await editor.PostFormAsync("/editor/review", "review", new() { ["Decision.Verdict"] = "confirmed" });

        Assert.Equal("/editor/review?done=true", EditorClient.PathOf(response));
        Assert.Contains(weak.Title, (await reader.GetAsync("/summits")).One("main").Text(), StringComparison.Ordinal);
        await site.Factory.ReadAsync(db => db.Articles.ExecuteUpdateAsync(a => a.SetProperty(x => x.PipelineVersion, "an older build")));
        await IngestAsync(folder.Path);
        var after = await site.Factory.ReadAsync(db => db.Summits.SingleAsync(s => s.Id == weak.Id));
        Assert.Equal((1.0, "confirmed by an editor"), (after.Confidence, Assert.Single(after.ConfidenceNotes)));
    }

    [Fact]
    public async Task A_decision_that_is_neither_confirm_nor_reject_is_refused()
    {
        using var editor = await EditorClient.SignedInAsync(site.Factory, "careless-reviewer@example.org", EditorRoles.Editor);
        var id = await site.Factory.ReadAsync(db => db.Summits.Select(s => s.Id).FirstAsync());
        var corrections = site.Factory.Services.GetRequiredService<BharatBrief.Data.Editing.CorrectionService>();

        var result = await corrections.ReviewSummitAsync(id, "maybe", "careless-reviewer@example.org");

        Assert.False(result.Succeeded);
        Assert.Equal("Confirm or reject.", result.Message);
    }

    private async Task IngestAsync(string folder)
    {
        await site.Factory.Services.GetRequiredService<ArticleImporter>().IngestFolderAsync(folder);
        await site.Factory.Services.GetRequiredService<ReaderCache>().InvalidateAsync();
    }
}
