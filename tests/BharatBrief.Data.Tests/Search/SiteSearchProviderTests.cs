using BharatBrief.Data.Search;
using BharatBrief.Data.Tests.Support;

namespace BharatBrief.Data.Tests.Search;

/// <summary>The site's search on PostgreSQL finds what it finds on SQLite, with the words marked the same way.</summary>
public sealed class SiteSearchProviderTests
{
    [Theory]
    [PostgreSqlData]
    public async Task The_seeds_give_the_same_results_and_marks_on_both_providers_for_words_phrases_and_operators(StoreProvider provider)
    {
        using var sqlite = await TestStore.CreateAsync(StoreProvider.Sqlite);
        using var other = await TestStore.CreateAsync(provider);
        var folder = SeedFiles.CopyTo(sqlite.Temp.Folder("articles"));
        await sqlite.Importer().IngestFolderAsync(folder);
        await other.Importer().IngestFolderAsync(folder);
        var onSqlite = new SiteSearch(sqlite.Contexts, new SearchCatalog(sqlite.Contexts));
        var onOther = new SiteSearch(other.Contexts, new SearchCatalog(other.Contexts));

        string[] queries = ["modi", "Putin", "modi putin", "\"vladimir putin\"", "moscow OR delhi", "summit -moscow", "defenc", "visits"];
        var found = 0;
        foreach (var text in queries)
        {
            foreach (var kind in new SearchItemKind?[] { null, SearchItemKind.Summit })
            {
                var request = new SiteSearchRequest(SearchQuery.Parse(text), kind, PageSize: 20, Forgiving: false);
                var expected = await onSqlite.SearchAsync(request);
                var actual = await onOther.SearchAsync(request);

                Assert.True(Results(expected).SetEquals(Results(actual)), $"'{text}' ({kind}): SQLite found {string.Join(", ", Results(expected))}; PostgreSQL {string.Join(", ", Results(actual))}");
                Assert.Equal(expected.Kinds.Select(k => (k.Value, k.Count)), actual.Kinds.Select(k => (k.Value, k.Count)));
                Assert.Equal(expected.Hits.Select(hit => hit.Title).Order(StringComparer.Ordinal), actual.Hits.Select(hit => hit.Title).Order(StringComparer.Ordinal));
                found += expected.Hits.Count;
            }
        }
        Assert.True(found > 10, "the queries find too little to compare");
    }

    [Theory]
    [PostgreSqlData]
    public async Task Typod_words_get_the_same_results_and_did_you_mean_on_both_providers(StoreProvider provider)
    {
        using var sqlite = await TestStore.CreateAsync(StoreProvider.Sqlite);
        using var other = await TestStore.CreateAsync(provider);
        var folder = SeedFiles.CopyTo(sqlite.Temp.Folder("articles"));
        await sqlite.Importer().IngestFolderAsync(folder);
        await other.Importer().IngestFolderAsync(folder);
        var onSqlite = new SiteSearch(sqlite.Contexts, new SearchCatalog(sqlite.Contexts));
        var onOther = new SiteSearch(other.Contexts, new SearchCatalog(other.Contexts));

        foreach (var text in new[] { "Putn", "Vladmir", "summt" })
        {
            var request = new SiteSearchRequest(SearchQuery.Parse(text), PageSize: 20, Forgiving: true);
            var expected = await onSqlite.SearchAsync(request);
            var actual = await onOther.SearchAsync(request);

            Assert.True(expected.Suggestion is not null, $"'{text}' on SQLite: {expected.Hits.Count} hits, no suggestion");
            Assert.True(Results(expected).SetEquals(Results(actual)), $"'{text}': SQLite found {string.Join(", ", Results(expected))}; PostgreSQL {string.Join(", ", Results(actual))}");
            Assert.Equal(expected.Suggestion, actual.Suggestion);
        }
    }

    private static HashSet<string> Results(SiteSearchResult result) =>
        [.. result.Hits.Concat(result.TopSummits).Concat(result.TopAgreements).Select(hit => $"{hit.Kind}:{hit.Entry.Slug}")];
}
