using BharatBrief.Data.Accounts;
using BharatBrief.Data.Editing;
using BharatBrief.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>Each rule of a brief shows its message beside its field, and nothing is saved.</summary>
public sealed class ValidationTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    [Fact]
    public async Task Every_broken_rule_is_named_beside_its_field()
    {
        using var editor = await EditorClient.SignedInAsync(site.Factory, "rules@example.org", EditorRoles.Editor);
        var tooLong = new string('a', BriefRules.MaxBodyBytes + 1);

        using var response = await Briefs.PressAsync(editor, "/editor/briefs/new", "save",
            Briefs.Fields("  ", tooLong, "2030-01-01", sourceUrl: "ftp://files.example.org/brief"));

        var page = await EditorClient.ReadAsync(response);
        Assert.Equal("Give the brief a title.", page.One("#title-error").Text());
        Assert.Equal("The brief is 200 KB; briefs are at most 200 KB.", page.One("#body-error").Text());
        Assert.Equal("The published date is more than a year ahead; check the year.", page.One("#publishedOn-error").Text());
        Assert.Equal("The source link must be a web address starting with http:// or https://.", page.One("#sourceUrl-error").Text());
        Assert.Equal("title-error", page.One("#brief-title").GetAttribute("aria-describedby"));
        Assert.Equal("2030-01-01", page.One("#brief-published").GetAttribute("value"));
        Assert.Equal(0, await site.Factory.ReadAsync(db => db.Briefs.CountAsync()));
    }

    [Theory]
    [InlineData("", "Write the brief before saving it.", "body")]
    [InlineData("not a date", "Write the published date as YYYY-MM-DD, or leave it empty.", "publishedOn")]
    public async Task Empty_bodies_and_unreadable_dates_are_named_too(string value, string message, string field)
    {
        using var editor = await EditorClient.SignedInAsync(site.Factory, $"rules-{Guid.NewGuid():N}@example.org", EditorRoles.Editor);
        var fields = field == "body" ? Briefs.Fields("A title", value) : Briefs.Fields("A title", Briefs.ArcticBody, value);

        using var response = await Briefs.PressAsync(editor, "/editor/briefs/new", "save", fields);

        Assert.Equal(message, (await EditorClient.ReadAsync(response)).One($"#{field}-error").Text());
    }
}
