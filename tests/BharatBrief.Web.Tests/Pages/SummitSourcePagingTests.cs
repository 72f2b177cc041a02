using System.Net;
using BharatBrief.Data;
using BharatBrief.Data.Importing;
using BharatBrief.Web.Components.Pages.Summits;
using BharatBrief.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Pages;

/// <summary>A meeting many articles report lists its sources a page at a time.</summary>
public sealed class SummitSourcePagingTests : IAsyncLifetime
{
    private const int ExtraReports = 55;
    private readonly SiteFactory _factory = new();
    private HttpClient _client = default!;
    private string _slug = "";
    private int _sources;

    public async Task InitializeAsync()
    {
        await SeededStore.CopyToAsync(_factory.DatabasePath);
        using var folder = new TempFolder();
        for (var i = 1; i <= ExtraReports; i++)
        {
            // Each report in words of its own, so that no two are the same article.
            await File.WriteAllTextAsync(folder.File($"report-{i:D2}.txt"), $"""
                Moscow talks, report {i}

                Report number {i} of the 22nd India-Russia annual summit: Prime Minister Narendra Modi and President Vladimir Putin held talks in Moscow in July 2024, observer {i} wrote.
                """);
        }
        await using (var services = new ServiceCollection().AddBharatBriefData(_factory.ConnectionString).BuildServiceProvider())
        {
            var report = await services.GetRequiredService<ArticleImporter>().IngestFolderAsync(folder.Path);
            Assert.Equal(ExtraReports, report.Ingested);
        }
        (_slug, _sources) = await _factory.ReadAsync(async db =>
        {
            var summit = await db.Summits.Where(s => s.Ordinal == 22).Select(s => new { s.Slug, Sources = s.Mentions.Select(m => m.ArticleId).Distinct().Count() }).SingleAsync();
            return (summit.Slug, summit.Sources);
        });
        _client = _factory.CreateClient(new() { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task The_sources_come_a_page_at_a_time_and_every_one_is_on_some_page()
    {
        Assert.True(_sources > SummitPage.SourcesPerPage, $"only {_sources} sources");

        var pageCount = (_sources + SummitPage.SourcesPerPage - 1) / SummitPage.SourcesPerPage;
        var pages = new List<AngleSharp.Dom.IDocument>();
        for (var page = 1; page <= pageCount; page++)
        {
            pages.Add(await Html.GetAsync(_client, page == 1 ? $"/summits/{_slug}" : $"/summits/{_slug}?page={page}"));
        }

        Assert.Contains($"{_sources} sources", pages[0].One("#sources-heading").Text());
        Assert.All(pages[..^1], page => Assert.Equal(SummitPage.SourcesPerPage, page.QuerySelectorAll("#sources li.source").Length));
        Assert.Equal(_sources - (SummitPage.SourcesPerPage * (pageCount - 1)), pages[^1].QuerySelectorAll("#sources li.source").Length);
        Assert.Equal("Source pages", pages[0].One("#sources nav.pager").GetAttribute("aria-label"));
        var onPages = pages.SelectMany(page => page.QuerySelectorAll("#sources li.source h3 a"))
            .Select(link => link.GetAttribute("href")).Distinct().Count();
        Assert.Equal(_sources, onPages);
    }

    [Fact]
    public async Task A_page_of_sources_stays_under_100_KB()
    {
        var html = await _client.GetStringAsync($"/summits/{_slug}");

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(html) < 100 * 1024, $"{System.Text.Encoding.UTF8.GetByteCount(html)} bytes");
        Assert.Equal(SummitPage.SourcesPerPage, Html.Parse(html).QuerySelectorAll("#sources li.source").Length);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("0")]
    [InlineData("two")]
    [InlineData("99999999999")]
    public async Task A_page_that_is_not_one_answers_400_with_the_first_page(string page)
    {
        var document = await Html.GetAsync(_client, $"/summits/{_slug}?page={Uri.EscapeDataString(page)}", HttpStatusCode.BadRequest);

        Assert.Equal(SummitPage.SourcesPerPage, document.QuerySelectorAll("#sources li.source").Length);
        Assert.Contains("page", document.ProblemParameters());
    }
}
