using System.Text.Json;
using BharatBrief.Data;
using BharatBrief.Data.Editing;
using BharatBrief.Web.Components.Pages.Editor;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>The brief page's autosave, fed as its module feeds it: the form's fields as JSON in one stream.</summary>
public sealed class DraftAutosaveTests : EditorIslandContext, IClassFixture<IslandStore>
{
    private const string Module = "./Components/Pages/Editor/DraftAutosave.razor.js";

    private readonly BunitJSModuleInterop _module;

    public DraftAutosaveTests(IslandStore store)
        : base(store)
    {
        _module = JSInterop.SetupModule(Module);
        _module.SetupVoid("keep", _ => true).SetVoidResult();
    }

    private IRenderedComponent<DraftAutosave> RenderAutosave(int? briefId, int version) => Render<DraftAutosave>(parameters => parameters
        .Add(p => p.BriefId, briefId).Add(p => p.Version, version).Add(p => p.FormId, "brief-form"));

    private static TextStream Fields(string title, string body, string publishedOn = "2026-04-2") =>
        new(JsonSerializer.Serialize(new { title, body, publishedOn, sourceName = "", sourceUrl = "", tags = "arctic, " }));

    [Fact]
    public async Task Typing_is_kept_as_the_editor_s_own_draft_and_the_brief_is_untouched()
    {
        var id = await CreateBriefAsync("Saved title", "Saved text about India and Russia.");
        var autosave = RenderAutosave(id, version: 1);
        Assert.Equal(["brief-form"], _module.VerifyInvoke("keep").Arguments.Take(1));
        Assert.Equal("", autosave.Find(".autosave-status[role='status']").TextContent.Trim());

        var goOn = await autosave.InvokeAsync(() => autosave.Instance.KeepAsync(Fields("Typed title", "Typed text, not saved.")));

        Assert.True(goOn);
        var status = autosave.Find(".autosave-status[role='status']");
        Assert.Matches(@"^Draft saved \d\d:\d\d UTC", status.TextContent.Trim());
        var draft = await Service<AutosavedDrafts>().FindAsync("anna@example.org", id);
        Assert.NotNull(draft);
        Assert.Equal(("Typed title", "Typed text, not saved.", "2026-04-2", "arctic, ", 1), (draft.Title, draft.Body, draft.PublishedOn, draft.Tags, draft.BaseVersion));
        Assert.Equal(DateTime.SpecifyKind(draft.SavedAt, DateTimeKind.Utc), DateTime.Parse(status.QuerySelector("time")!.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal));

        // Never the brief, never a revision, never on the record; and another editor's draft is theirs.
        var brief = await Service<BriefService>().FindAsync(id);
        Assert.Equal(("Saved title", 1, 1, Data.Entities.BriefState.Draft), (brief!.Title, brief.Version, brief.Revisions.Count, brief.State));
        Assert.Null(await Service<AutosavedDrafts>().FindAsync("boris@example.org", id));

        // The next pause writes over the same draft.
        await autosave.InvokeAsync(() => autosave.Instance.KeepAsync(Fields("Typed title, again", "More typing.")));
        await using var db = await Service<IDbContextFactory<BharatBriefDbContext>>().CreateDbContextAsync();
        Assert.Equal(["Typed title, again"], await db.AutosavedDrafts.Where(d => d.BriefId == id).Select(d => d.Title).ToListAsync());
    }

    [Fact]
    public async Task A_brief_not_yet_created_has_a_draft_of_its_own()
    {
        var autosave = RenderAutosave(briefId: null, version: 0);

        await autosave.InvokeAsync(() => autosave.Instance.KeepAsync(Fields("A new brief", "Begun, not saved.")));

        var draft = await Service<AutosavedDrafts>().FindAsync("anna@example.org", briefId: null);
        Assert.Equal(("A new brief", 0), (draft!.Title, draft.BaseVersion));
    }

    [Fact]
    public async Task A_draft_longer_than_a_brief_may_be_is_not_kept()
    {
        var id = await CreateBriefAsync("Long", "Short for now.");
        var autosave = RenderAutosave(id, version: 1);

        await autosave.InvokeAsync(() => autosave.Instance.KeepAsync(Fields("Long", new string('a', BriefRules.MaxBodyBytes + 1))));

        Assert.Contains("longer than a brief may be", autosave.Find(".autosave-status .form-error").TextContent);
        Assert.Null(await Service<AutosavedDrafts>().FindAsync("anna@example.org", id));
    }

    [Fact]
    public async Task A_signed_out_or_demoted_editor_s_typing_is_not_kept_and_the_page_is_told_to_stop()
    {
        var id = await CreateBriefAsync("Demoted", "Text.");
        var autosave = RenderAutosave(id, version: 1);

        await autosave.InvokeAsync(() => Account.Demote());

        autosave.WaitForAssertion(() => Assert.Contains("Sign in again", autosave.Find(".session-ended").TextContent));
        var goOn = await autosave.InvokeAsync(() => autosave.Instance.KeepAsync(Fields("Typed", "After the demotion.")));
        Assert.False(goOn);
        Assert.Null(await Service<AutosavedDrafts>().FindAsync("anna@example.org", id));
    }
}
