using BharatBrief.Data;
using BharatBrief.Data.Importing;
using BharatBrief.Data.Search;
using BharatBrief.Ingestion;
using BharatBrief.Web.Components.Pages.Search;
using BharatBrief.Web.Tests.Support;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Search;

/// <summary>The live search's pages, on the seeded store with more articles than one page of results holds.</summary>
public sealed class LiveSearchPagingTests : BunitContext
{
    private static string Article(int number) => $"""
        Putin and Modi weigh Zanskar corridor, round {number}

        NEW DELHI - Prime Minister Narendra Modi and President Vladimir Putin discussed the Zanskar corridor for the {number}th time, officials said.
        India and Russia want the Zanskar link studied before their next summit; round {number} covered ports in district {number}.
        """;

    [Fact]
    public async Task Pages_turn_in_place_and_the_first_result_of_the_new_page_takes_the_focus()
    {
        using var folder = new TempFolder();
        var file = folder.File("paged.db");
        await SeededStore.CopyToAsync(file);
        await using (var store = new ServiceCollection()
            .AddBharatBriefData(BharatBriefDatabase.ConnectionStringFor(file))
            .AddSingleton<SearchCatalog>()
            .AddTransient<SiteSearch>()
            .BuildServiceProvider())
        {
            var importer = store.GetRequiredService<ArticleImporter>();
            for (var number = 1; number <= SearchFilter.PageSize + 2; number++)
            {
                var outcome = await importer.IngestOneAsync(ArticleSource.FromFile($"zanskar-{number}.txt", Article(number)));
                Assert.Equal(IngestAction.Ingested, outcome.Action);
            }
            Services.AddSingleton(store.GetRequiredService<SiteSearch>());
            Services.AddSingleton(TimeProvider.System);
            JSInterop.Mode = JSRuntimeMode.Loose;
            SetRendererInfo(new RendererInfo("Server", isInteractive: true));
            var navigation = Services.GetRequiredService<BunitNavigationManager>();

            var search = Render<LiveSearch>(parameters => parameters.Add(p => p.Q, "Zanskar").Add(p => p.Kind, "article"));
            search.WaitForAssertion(() => Assert.Equal("Page 1 of 2", search.Find(".pager-status").TextContent), TimeSpan.FromSeconds(15));
            var firstPage = search.FindAll(".hit h3 a").Select(a => a.GetAttribute("href")).ToList();

            await search.Find(".pager a[rel=next]").ClickAsync(new MouseEventArgs());

            search.WaitForAssertion(() => Assert.Equal("Page 2 of 2", search.Find(".pager-status").TextContent), TimeSpan.FromSeconds(15));
            var secondPage = search.FindAll(".hit h3 a").Select(a => a.GetAttribute("href")).ToList();
            Assert.NotEmpty(secondPage);
            Assert.Empty(firstPage.Intersect(secondPage));
            Assert.EndsWith("/search?q=Zanskar&kind=article&page=2", navigation.Uri);
            var focused = JSInterop.VerifyFocusAsyncInvoke().Arguments[0];
            Assert.Equal(search.Instance.Focus.Targets[0], (ElementReference)focused!);
        }
        SqliteConnection.ClearAllPools();
    }
}
