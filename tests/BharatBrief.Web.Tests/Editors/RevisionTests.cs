using BharatBrief.Data.Accounts;
using BharatBrief.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>Editing a published brief replaces its facts; unpublishing removes them and keeps the text; any revision can be restored.</summary>
public sealed class RevisionTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private const string KazanBody = "Modi and Putin will meet in Kazan on 10 May 2026 to discuss trade.";

    [Fact]
    public async Task Edit_unpublish_and_restore_a_brief()
    {
        using var editor = await EditorClient.SignedInAsync(site.Factory, "reviser@example.org", EditorRoles.Editor);
        using var reader = EditorClient.Anonymous(site.Factory);
        var edit = await Briefs.CreateAsync(editor, Briefs.Arctic());
        var briefId = await site.Factory.ReadAsync(db => db.Briefs.Select(b => b.Id).SingleAsync());

        using (var saved = await Briefs.PressAsync(editor, edit, "save", Briefs.Fields(Briefs.ArcticTitle, KazanBody, "2026-04-20")))
        {
            Assert.Equal(edit + "?done=saved", EditorClient.PathOf(saved));
        }
        Assert.False(await site.Factory.ReadAsync(db => db.Summits.AnyAsync(s => s.Start == "2026-05-09")));
        Assert.Equal(1, await site.Factory.ReadAsync(db => db.Summits.CountAsync(s => s.Start == "2026-05-10" && s.City == "Kazan")));
        Assert.Equal(1, await site.Factory.ReadAsync(db => db.Articles.CountAsync(a => a.BriefId == briefId)));
        Assert.Contains("Kazan", (await reader.GetAsync("/summits")).Body!.TextContent, StringComparison.Ordinal);

        using (var unpublished = await editor.PostFormAsync(edit, "unpublish", []))
        {
            Assert.Equal(edit + "?done=unpublished", EditorClient.PathOf(unpublished));
        }
        Assert.False(await site.Factory.ReadAsync(db => db.Articles.AnyAsync(a => a.BriefId == briefId)));
        Assert.False(await site.Factory.ReadAsync(db => db.Summits.AnyAsync(s => s.Start == "2026-05-10")));
        Assert.DoesNotContain(Briefs.ArcticTitle, (await reader.GetAsync("/articles")).Body!.TextContent, StringComparison.Ordinal);
        var page = await editor.GetAsync(edit);
        Assert.Equal(KazanBody, page.One("#brief-body").TextContent.Trim());
        var revisions = page.QuerySelectorAll(".revision-list li").Select(li => li.Text()).ToList();
        Assert.Equal(4, revisions.Count);
        Assert.Contains("Unpublished by reviser@example.org", revisions[0], StringComparison.Ordinal);
        Assert.Contains("changed body", revisions[1], StringComparison.Ordinal);

        using (var restored = await editor.PostFormAsync(edit, "restore", new() { ["Restore.Number"] = "2" }))
        {
            Assert.Equal(edit + "?done=restored", EditorClient.PathOf(restored));
        }
        page = await editor.GetAsync(edit);
        Assert.Equal(Briefs.ArcticBodyWithThemes, page.One("#brief-body").TextContent.Trim());
        Assert.Contains("Restored by reviser@example.org", page.QuerySelectorAll(".revision-list li")[0].Text(), StringComparison.Ordinal);

        using var republished = await Briefs.PressAsync(editor, edit, "publish", Briefs.Arctic());
        Assert.Equal(1, await site.Factory.ReadAsync(db => db.Summits.CountAsync(s => s.Start == "2026-05-09")));
    }
}
