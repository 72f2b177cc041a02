using System.Net;
using BharatBrief.Data.Accounts;
using BharatBrief.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>Two editors save the same version: the second is told what changed and loses nothing.</summary>
public sealed class ConflictTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    [Fact]
    public async Task The_second_save_on_a_version_is_a_conflict_that_keeps_both_texts()
    {
        using var anna = await EditorClient.SignedInAsync(site.Factory, "anna@example.org", EditorRoles.Editor);
        using var boris = await EditorClient.SignedInAsync(site.Factory, "boris@example.org", EditorRoles.Editor);
        var edit = await Briefs.CreateAsync(anna, Briefs.Arctic(), action: "save");
        var borisForm = await boris.ReadFormAsync(edit, "brief");
        const string borisBody = Briefs.ArcticBodyWithThemes + " Boris adds a line.";

        using (var first = await Briefs.PressAsync(anna, edit, "save", Briefs.Fields("Anna's title", Briefs.ArcticBodyWithThemes, "2026-04-20")))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }
        using var second = await boris.SubmitAsync(borisForm, new Dictionary<string, string>(Briefs.Fields(Briefs.ArcticTitle, borisBody, "2026-04-20")) { ["Input.Action"] = "save" });

        var page = await EditorClient.ReadAsync(second);
        var conflict = page.One(".conflict");
        Assert.Equal("Another editor saved first", conflict.One("h2").Text());
        Assert.Contains("anna@example.org", conflict.Text(), StringComparison.Ordinal);
        Assert.Contains("They changed: title.", conflict.Text(), StringComparison.Ordinal);
        Assert.Equal("Anna's title", conflict.One(".their-title").Text());
        Assert.Equal(borisBody, page.One("#brief-body").TextContent.Trim());
        Assert.Equal("Anna's title", await site.Factory.ReadAsync(db => db.Briefs.Select(b => b.Title).SingleAsync()));
        Assert.True(await site.Factory.ReadAsync(db => db.BriefRevisions.AnyAsync(r => r.Action == "conflict" && r.Author == "boris@example.org" && r.Body == borisBody)));

        // Saving again from the conflict page is a deliberate choice: it now carries Anna's version.
        using var again = await boris.SubmitAsync(
            new PageForm(edit, page.One("form.brief-form").QuerySelectorAll("input[type='hidden']").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "")),
            new Dictionary<string, string>(Briefs.Fields("Anna's title", borisBody, "2026-04-20")) { ["Input.Action"] = "save" });
        Assert.Equal(edit + "?done=saved", EditorClient.PathOf(again));
        Assert.Equal(borisBody, await site.Factory.ReadAsync(db => db.Briefs.Select(b => b.Body).SingleAsync()));
        Assert.Contains(await site.Factory.ReadAsync(db => db.BriefRevisions.Select(r => r.Title).ToListAsync()), title => title == "Anna's title");
    }
}
