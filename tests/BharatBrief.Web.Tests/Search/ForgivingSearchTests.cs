using BharatBrief.Data;
using BharatBrief.Data.Importing;
using BharatBrief.Data.Search;
using BharatBrief.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Search;

/// <summary>
/// Search forgives as a reader types: close spellings, editors' variants, exact words above word starts above typos,
/// newest first on request, and a "did you mean" for a word no article holds. On the seeded store with three more
/// articles that name what the seeds do not (the MEA, the AK-203, Vladivostok, Koodankulam).
/// </summary>
public sealed class ForgivingSearchTests(ForgivingSearchTests.Store store) : IClassFixture<ForgivingSearchTests.Store>
{
    [Theory]
    [InlineData("Puttin", "Putin")]
    [InlineData("Putni", "Putin")]
    [InlineData("Vladivostock", "Vladivostok")]
    public async Task A_word_one_edit_from_a_known_one_finds_it(string typed, string found)
    {
        var result = await SearchAsync(typed);

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, hit => Assert.Contains(found, Marked(hit), StringComparison.OrdinalIgnoreCase));
        Assert.Empty((await SearchAsync(typed, forgiving: false)).Hits);
    }

    [Fact]
    public async Task A_long_word_two_edits_away_is_found_a_short_one_is_not()
    {
        var twoEditsLong = await SearchAsync("Vladiwostock");
        var twoEditsShort = await SearchAsync("Pxtxn");

        Assert.NotEmpty(twoEditsLong.Hits);
        Assert.All(twoEditsLong.Hits, hit => Assert.Contains("Vladivostok", Marked(hit), StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, twoEditsShort.Total);
    }

    [Theory]
    [InlineData("defence", "defense")]
    [InlineData("Kudankulam", "Koodankulam")]
    [InlineData("S-400", "S400")]
    [InlineData("AK-203", "AK203")]
    public async Task Variants_find_each_other_both_ways(string one, string other)
    {
        var byOne = await SearchAsync(one + " ");
        var byOther = await SearchAsync(other + " ");
        var literalOne = await SearchAsync(one + " ", forgiving: false);
        var literalOther = await SearchAsync(other + " ", forgiving: false);

        Assert.True(byOne.Total > 0);
        Assert.Equal(byOne.Total, byOther.Total);
        Assert.Equal(byOne.Hits.Select(hit => hit.Id).Order(), byOther.Hits.Select(hit => hit.Id).Order());
        // Each spelling alone finds less than both together, unless one of them is never written.
        Assert.True(literalOne.Total + literalOther.Total >= byOne.Total && Math.Max(literalOne.Total, literalOther.Total) <= byOne.Total);
    }

    [Fact]
    public async Task S400_and_AK203_find_what_S_400_and_AK_203_find()
    {
        Assert.Contains((await SearchAsync("S400")).TopAgreements.Concat((await SearchAsync("S400")).Hits), hit => Marked(hit).Contains("S-400", StringComparison.Ordinal));
        Assert.Contains((await SearchAsync("AK203")).Hits, hit => Marked(hit).Contains("AK-203", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_exact_word_ranks_above_the_words_it_starts()
    {
        var result = await SearchAsync("MEA");

        var first = result.Hits[0];
        Assert.Contains("⟦MEA⟧", Marked(first), StringComparison.Ordinal);
        // The words MEA starts are still found, below it.
        Assert.Contains(result.Hits.Skip(1), hit => Marked(hit).Contains("⟦mea", StringComparison.OrdinalIgnoreCase) && !Marked(hit).Contains("⟦MEA⟧", StringComparison.Ordinal));
        Assert.True(result.Hits.TakeWhile(hit => Marked(hit).Contains("⟦MEA⟧", StringComparison.Ordinal)).Count() >= 2);
    }

    [Fact]
    public async Task A_word_finished_by_a_space_or_of_two_letters_is_not_a_prefix()
    {
        Assert.True(SearchQuery.Parse("MEA").Terms[0].Prefix);
        Assert.False(SearchQuery.Parse("MEA ").Terms[0].Prefix);
        Assert.False(SearchQuery.Parse("me").Terms[0].Prefix);
        var finished = await SearchAsync("MEA ");
        Assert.All(finished.Hits, hit => Assert.Contains("⟦MEA⟧", Marked(hit), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sorted_by_date_the_newest_come_first()
    {
        var byDate = await SearchAsync("Putin", sort: SearchSort.Date);
        var byRelevance = await SearchAsync("Putin");

        var dates = byDate.Hits.Select(hit => hit.Entry.Date ?? "").ToList();
        Assert.True(dates.Distinct().Count() > 1);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.Equal(byRelevance.Hits.Select(hit => hit.Id).Order(), byDate.Hits.Select(hit => hit.Id).Order());
    }

    [Theory]
    [InlineData("Putn", "Putin")]
    [InlineData("modi Vladivostock", "modi Vladivostok")]
    [InlineData("Putin summit", null)]
    public async Task A_word_no_row_holds_gets_a_did_you_mean(string typed, string? suggested)
    {
        Assert.Equal(suggested, (await SearchAsync(typed)).Suggestion);
    }

    [Fact]
    public async Task A_search_emptied_by_its_filters_says_what_it_finds_without_them()
    {
        var filtered = await store.Search.SearchAsync(new SiteSearchRequest(SearchQuery.Parse("Putin"), Year: 1990));
        var plain = await store.Search.SearchAsync(new SiteSearchRequest(SearchQuery.Parse("Putin")));

        Assert.True(filtered.EmptiedByFilters);
        Assert.Equal(plain.Total, filtered.UnfilteredTotal);
        Assert.False(plain.EmptiedByFilters);
    }

    [Fact]
    public void Variants_are_read_from_the_editors_list_and_bad_lines_are_named()
    {
        var variants = SearchVariants.Parse("# spellings\ndefence, defense\nS-400, S400, S 400\n");
        Assert.Equal([["defense"]], variants.Of(["defence"]));
        Assert.Equal([["s", "400"]], variants.Of(["s400"]));
        var problem = Assert.Throws<FormatException>(() => SearchVariants.Parse("defence\n"));
        Assert.Contains("Line 1", problem.Message, StringComparison.Ordinal);
        Assert.NotEmpty(SearchVariants.Shipped.Of(["koodankulam"]));
    }

    private Task<SiteSearchResult> SearchAsync(string text, bool forgiving = true, SearchSort sort = SearchSort.Relevance) =>
        store.Search.SearchAsync(new SiteSearchRequest(SearchQuery.Parse(text), Kind: SearchItemKind.Article, PageSize: 50, Sort: sort, Forgiving: forgiving));

    private static string Marked(SiteSearchHit hit) => hit.Title + " " + hit.Snippet;

    /// <summary>A copy of the seeded store with three more articles, and the site's search over it.</summary>
    public sealed class Store : IAsyncLifetime
    {
        private readonly TempFolder _folder = new();
        private ServiceProvider? _services;

        public SiteSearch Search => _services!.GetRequiredService<SiteSearch>();

        public async Task InitializeAsync()
        {
            var file = _folder.File("forgiving.db");
            await SeededStore.CopyToAsync(file);
            _services = new ServiceCollection()
                .AddBharatBriefData(BharatBriefDatabase.ConnectionStringFor(file))
                .AddSingleton<SearchCatalog>()
                .AddTransient<SiteSearch>()
                .BuildServiceProvider();
            var articles = Directory.CreateDirectory(_folder.File("articles"));
            await File.WriteAllTextAsync(Path.Combine(articles.FullName, "mea-briefing.txt"), """
                MEA briefing: the AK-203 rifles and the Vladivostok forum

                India's MEA spokesperson said on Thursday that the first AK-203 rifles made at Korwa would reach the Indian army this year under the India–Russia rifle deal. Asked about the Vladivostok forum, the MEA said the Prime Minister would meet President Putin there.
                """);
            await File.WriteAllTextAsync(Path.Combine(articles.FullName, "koodankulam.txt"), """
                Koodankulam's third unit nears completion

                Russian engineers at Koodankulam in India said the third unit would be ready next year. India's MEA welcomed the news from Russia; officials meant to keep the schedule.
                """);
            await File.WriteAllTextAsync(Path.Combine(articles.FullName, "measures.txt"), """
                New measures for trade in national currencies

                Officials in India and Russia meant the measures to ease payments; meanwhile traders in Chennai and Vladivostok waited for the rules.
                """);
            var report = await _services.GetRequiredService<ArticleImporter>().IngestFolderAsync(articles.FullName);
            if (report.Ingested != 3)
            {
                throw new InvalidOperationException($"The three articles were not stored: {report}; skipped {string.Join("; ", report.Skipped)}");
            }
        }

        public async Task DisposeAsync()
        {
            if (_services is not null)
            {
                await _services.DisposeAsync();
            }
            SqliteConnection.ClearAllPools();
            _folder.Dispose();
        }
    }
}
