using BharatBrief.Data.Search.Matching;

namespace BharatBrief.Data.Tests.Search;

/// <summary>A term found in several ways matches every row one of them matches, scored by the best way once its tier's penalty is counted.</summary>
public sealed class PhraseMatchesBestTests
{
    [Fact]
    public void Rows_of_every_way_are_merged_in_order_each_with_its_best_penalized_score()
    {
        var exact = new PhraseMatches([2, 5, 9], [-3.0, -1.0, -2.0]);
        var prefix = new PhraseMatches([1, 2, 5, 12], [-4.0, -9.0, -0.5, -1.0]);
        var typo = new PhraseMatches([5, 7], [-8.0, -2.0]);

        var best = PhraseMatches.Best([exact, prefix, typo], [0, 1000, 2000]);

        Assert.Equal([1, 2, 5, 7, 9, 12], best.Ids);
        Assert.Equal([996.0, -3.0, -1.0, 1998.0, -2.0, 999.0], best.Scores);
    }
}
