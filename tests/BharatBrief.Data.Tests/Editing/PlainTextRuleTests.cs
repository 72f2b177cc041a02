using BharatBrief.Data.Editing;
using BharatBrief.Data.Importing.Consolidating;
using BharatBrief.Data.Tests.Support;
using BharatBrief.Ingestion.Records;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Tests.Editing;

/// <summary>One-line fields refuse control characters; source links are absolute http(s) addresses wherever they come from.</summary>
public sealed class PlainTextRuleTests
{
    [Theory]
    [InlineData("Moscow summit\r\nX-Injected: yes")]
    [InlineData("Moscow summit\n")]
    [InlineData("Moscow\tsummit")]
    [InlineData("Moscow\0summit")]
    [InlineData("Moscow\u2028summit")]
    [InlineData("Moscow \u202Etimmus")]
    public async Task Corrections_refuse_control_characters(string value)
    {
        await using var store = await EditingStore.WithSeedsAsync();
        var summit = await store.QueryAsync(db => db.Summits.AsNoTracking().FirstAsync());
        var agreement = await store.QueryAsync(db => db.Agreements.AsNoTracking().FirstAsync());

        var title = await store.Corrections.EditSummitAsync(summit.Id, new Dictionary<string, string?> { [SummitFields.Title] = value }, "editor@example.org");
        var venue = await store.Corrections.EditSummitAsync(summit.Id, new Dictionary<string, string?> { [SummitFields.Venue] = value }, "editor@example.org");
        var name = await store.Corrections.RenameAgreementAsync(agreement.Id, value, "editor@example.org");
        var alias = await store.Corrections.AddAgreementAliasAsync(agreement.Id, value, "editor@example.org");
        var source = await store.Corrections.SetAgreementStatusAsync(agreement.Id, AgreementStatus.Signed, value, "editor@example.org");

        Assert.Equal(PlainText.OneLineMessage, title.Errors[SummitFields.Title]);
        Assert.Equal(PlainText.OneLineMessage, venue.Errors[SummitFields.Venue]);
        Assert.Equal(PlainText.OneLineMessage, name.Errors["name"]);
        Assert.Equal(PlainText.OneLineMessage, alias.Errors["alias"]);
        Assert.Equal(PlainText.OneLineMessage, source.Errors["source"]);
        Assert.Empty(await store.Corrections.LogAsync(0, 10));
        Assert.Equal(summit.Title, await store.QueryAsync(db => db.Summits.Where(s => s.Id == summit.Id).Select(s => s.Title).SingleAsync()));
    }

    [Theory]
    [InlineData("https://example.org/news/1?x=1", true)]
    [InlineData("http://example.org", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:text/html,hi", false)]
    [InlineData("//example.org/news", false)]
    [InlineData("/news/1", false)]
    [InlineData(" https://example.org", false)]
    [InlineData("https://example.org/a\r\nb", false)]
    [InlineData("https://exa mple.org", false)]
    [InlineData("https:\\\\example.org", false)]
    [InlineData("ftp://example.org", false)]
    public void Source_links_are_absolute_web_addresses(string url, bool allowed) => Assert.Equal(allowed, BriefRules.IsWebAddress(url));

    [Fact]
    public void A_brief_title_or_source_name_on_two_lines_is_refused()
    {
        var errors = BriefRules.Check(new BriefDraft("Modi in Moscow\r\nand more", "Modi and Putin met in Moscow.", new DateOnly(2026, 4, 20), "Wire\nService", "javascript:alert(1)"), new DateOnly(2026, 4, 20));

        Assert.Equal(PlainText.OneLineMessage, errors[BriefRules.TitleField]);
        Assert.Equal(PlainText.OneLineMessage, errors[BriefRules.SourceNameField]);
        Assert.True(errors.ContainsKey(BriefRules.SourceUrlField));
    }

    [Fact]
    public async Task An_article_whose_metadata_link_is_not_a_web_address_keeps_no_link()
    {
        using var temp = new TempFolder();
        var folder = SeedFiles.CopyTo(temp.Folder("articles"));
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        await File.WriteAllTextAsync(files[0] + ".json", """{ "url": "javascript:alert(document.cookie)" }""");
        await File.WriteAllTextAsync(files[1] + ".json", """{ "url": "https://example.org/news/modi-putin" }""");
        using var store = await TestStore.CreateAsync();

        await store.Importer().IngestFolderAsync(folder);

        await using var db = await store.Contexts.CreateDbContextAsync();
        var links = await db.Articles.AsNoTracking().Select(a => a.Url).ToListAsync();
        Assert.Equal(5, links.Count);
        Assert.Equal(["https://example.org/news/modi-putin"], links.Where(link => link is not null));
    }
}
