using BharatBrief.Data.Search;
using BharatBrief.Data.Search.Matching;

namespace BharatBrief.Data.Tests.Search;

/// <summary>The phrase cache keeps within its budget, dropping the phrases least recently searched.</summary>
public sealed class PhraseMatchCacheTests
{
    [Fact]
    public void Over_its_budget_it_drops_the_least_recently_used_phrases_first()
    {
        var phrase = Matches(100);
        var cache = new PhraseMatchCache(budgetBytes: phrase.Bytes * 4);
        cache.Add(SearchItemKind.Article, "\"a\"", phrase);
        cache.Add(SearchItemKind.Article, "\"b\"", Matches(100));
        cache.Add(SearchItemKind.Article, "\"c\"", Matches(100));
        cache.Add(SearchItemKind.Summit, "\"a\"", Matches(100));
        Assert.True(cache.TryGet(SearchItemKind.Article, "\"a\"", out var found));
        Assert.Same(phrase, found);

        cache.Add(SearchItemKind.Article, "\"d\"", Matches(100));

        Assert.True(cache.Bytes <= phrase.Bytes * 3);
        Assert.True(cache.TryGet(SearchItemKind.Article, "\"a\"", out _));
        Assert.True(cache.TryGet(SearchItemKind.Article, "\"d\"", out _));
        Assert.False(cache.TryGet(SearchItemKind.Article, "\"b\"", out _));
        Assert.False(cache.TryGet(SearchItemKind.Article, "\"c\"", out _));
    }

    [Fact]
    public void A_phrase_larger_than_the_whole_budget_is_not_kept()
    {
        var cache = new PhraseMatchCache(budgetBytes: 1_000);

        cache.Add(SearchItemKind.Article, "\"the\"", Matches(1_000));

        Assert.Equal(0, cache.Count);
        Assert.False(cache.TryGet(SearchItemKind.Article, "\"the\"", out _));
    }

    [Fact]
    public void The_same_phrase_in_another_kind_is_another_entry()
    {
        var cache = new PhraseMatchCache(budgetBytes: 1_000_000);
        cache.Add(SearchItemKind.Article, "\"putin\"", Matches(10));

        Assert.False(cache.TryGet(SearchItemKind.Summit, "\"putin\"", out var none));
        Assert.Same(PhraseMatches.None, none);
    }

    [Fact]
    public async Task Searches_adding_phrases_at_once_keep_it_within_its_budget_without_failing()
    {
        // Thousands of entries, so that each eviction copies them while other searches keep adding.
        var phrase = Matches(1);
        var budget = phrase.Bytes * 2_000;
        var cache = new PhraseMatchCache(budget);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                cache.Add(SearchItemKind.Article, $"\"w{worker}-{i}\"", Matches(1));
            }
        })));

        Assert.True(cache.Bytes <= budget, $"{cache.Bytes} bytes kept");
        Assert.InRange(cache.Count, 1, 2_000);
    }

    private static PhraseMatches Matches(int count) =>
        new([.. Enumerable.Range(1, count)], [.. Enumerable.Range(1, count).Select(i => -1.0 / i)]);
}
