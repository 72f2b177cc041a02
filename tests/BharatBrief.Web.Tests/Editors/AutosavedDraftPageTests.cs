using System.Net;
using BharatBrief.Data.Accounts;
using BharatBrief.Data.Editing;
using BharatBrief.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>
/// An autosaved draft on the brief page, through the real host: offered back to its editor alone when they open the
/// brief, at the version it started from; discarded with a form; dropped by saving or publishing.
/// </summary>
public sealed class AutosavedDraftPageTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private AutosavedDrafts Drafts => site.Factory.Services.GetRequiredService<AutosavedDrafts>();

    private static DraftFields Typed(string title, string body = Briefs.ArcticBodyWithThemes) => new(title, body, "2026-04-2", null, null, "arctic");

    [Fact]
    public async Task The_editor_s_draft_is_back_in_the_form_when_they_reopen_the_brief_and_no_one_else_s_is()
    {
        using var anna = await EditorClient.SignedInAsync(site.Factory, "anna-drafts@example.org", EditorRoles.Editor);
        using var boris = await EditorClient.SignedInAsync(site.Factory, "boris-drafts@example.org", EditorRoles.Editor);
        var edit = await Briefs.CreateAsync(anna, Briefs.Arctic(), action: "save");
        var id = int.Parse(edit.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotNull(await Drafts.KeepAsync("anna-drafts@example.org", id, 1, Typed("Anna's unsaved title")));

        var page = await anna.GetAsync(edit);

        Assert.Equal("Your unsaved draft is back", page.One(".restored-draft h2").Text());
        Assert.Equal("Anna's unsaved title", page.One("#brief-title").GetAttribute("value"));
        Assert.Equal("2026-04-2", page.One("#brief-published").GetAttribute("value"));
        Assert.Equal("arctic", page.One("#brief-tags").GetAttribute("value"));
        Assert.Equal("1", page.One("form.brief-form input[name='Input.Version']").GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("form.discard-draft-form input[name='__RequestVerificationToken']"));

        var borisPage = await boris.GetAsync(edit);
        Assert.Null(borisPage.QuerySelector(".restored-draft"));
        Assert.Equal(Briefs.ArcticTitle, borisPage.One("#brief-title").GetAttribute("value"));

        // Boris saves meanwhile: Anna's draft still comes back, at the version it started from, and says so.
        using (var saved = await Briefs.PressAsync(boris, edit, "save", Briefs.Fields("Boris's title", Briefs.ArcticBodyWithThemes, "2026-04-20")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        page = await anna.GetAsync(edit);
        Assert.Contains("boris-drafts@example.org has saved version 2 since", page.One(".restored-draft").Text(), StringComparison.Ordinal);
        Assert.Equal("1", page.One("form.brief-form input[name='Input.Version']").GetAttribute("value"));

        // Saving the draft from there is a conflict first, as any stale save.
        var form = await anna.ReadFormAsync(edit, "brief");
        using var conflict = await anna.SubmitAsync(form, new() { ["Input.Action"] = "save", ["Input.PublishedOn"] = "2026-04-20" });
        Assert.Equal("Another editor saved first", (await EditorClient.ReadAsync(conflict)).One(".conflict h2").Text());
    }

    [Fact]
    public async Task Discarding_the_draft_shows_the_brief_as_saved()
    {
        using var anna = await EditorClient.SignedInAsync(site.Factory, "discard@example.org", EditorRoles.Editor);
        var edit = await Briefs.CreateAsync(anna, Briefs.Arctic(), action: "save");
        var id = int.Parse(edit.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await Drafts.KeepAsync("discard@example.org", id, 1, Typed("To be discarded"));

        using var discarded = await anna.PostFormAsync(edit, "discard-draft", []);
        Assert.True(discarded.StatusCode == HttpStatusCode.Redirect, await discarded.Content.ReadAsStringAsync());

        Assert.Equal(edit + "?done=discarded", EditorClient.PathOf(discarded));
        Assert.Null(await Drafts.FindAsync("discard@example.org", id));
        var page = await anna.GetAsync(edit + "?done=discarded");
        Assert.Null(page.QuerySelector(".restored-draft"));
        Assert.Equal(Briefs.ArcticTitle, page.One("#brief-title").GetAttribute("value"));
        Assert.Contains("Your draft is discarded", page.One(".form-notice").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_the_brief_drops_the_draft_and_a_draft_that_says_what_the_brief_says_is_not_offered()
    {
        using var anna = await EditorClient.SignedInAsync(site.Factory, "saves@example.org", EditorRoles.Editor);
        var edit = await Briefs.CreateAsync(anna, Briefs.Arctic(), action: "save");
        var id = int.Parse(edit.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await Drafts.KeepAsync("saves@example.org", id, 1, Typed("Typed, then saved"));

        using (var saved = await Briefs.PressAsync(anna, edit, "save", Briefs.Fields("Typed, then saved", Briefs.ArcticBodyWithThemes, "2026-04-20")))
        {
            Assert.Equal(edit + "?done=saved", EditorClient.PathOf(saved));
        }
        Assert.Null(await Drafts.FindAsync("saves@example.org", id));

        // A copy that arrived after the save, saying what was saved, is dropped rather than offered.
        await Drafts.KeepAsync("saves@example.org", id, 2, new DraftFields("Typed, then saved", Briefs.ArcticBodyWithThemes, "2026-04-20", "", "", ""));
        var page = await anna.GetAsync(edit);
        Assert.Null(page.QuerySelector(".restored-draft"));
        Assert.Null(await Drafts.FindAsync("saves@example.org", id));
    }

    [Fact]
    public async Task A_new_brief_s_draft_comes_back_on_the_new_brief_page_and_creating_the_brief_drops_it()
    {
        using var anna = await EditorClient.SignedInAsync(site.Factory, "new-draft@example.org", EditorRoles.Editor);
        await Drafts.KeepAsync("new-draft@example.org", null, 0, Typed("Begun yesterday"));

        var page = await anna.GetAsync("/editor/briefs/new");

        Assert.NotNull(page.QuerySelector(".restored-draft"));
        Assert.Equal("Begun yesterday", page.One("#brief-title").GetAttribute("value"));

        await Briefs.CreateAsync(anna, Briefs.Fields("Begun yesterday", Briefs.ArcticBodyWithThemes, "2026-04-20"), action: "save");

        Assert.Null(await Drafts.FindAsync("new-draft@example.org", null));
        Assert.Equal(0, await site.Factory.ReadAsync(db => db.AutosavedDrafts.CountAsync(d => d.Editor == "new-draft@example.org")));
    }
}
