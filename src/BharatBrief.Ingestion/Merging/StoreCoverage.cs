namespace BharatBrief.Ingestion.Merging;

/// <summary>
/// How well a store covers what it tells. A store whose median meeting or agreement is told by
/// <see cref="MedianArticlesOfAWellCoveredStore"/> articles or more covers them well: there, one that a single article
/// alone tells, or that no report dates in its own words, is far more often a misreading than a fact every other report
/// missed. In a small collection, where most facts are told once, every report counts.
/// </summary>
internal static class StoreCoverage
{
    private const int MedianArticlesOfAWellCoveredStore = 5;

    private const int ArticlesAWellCoveredFactNeeds = 2;

    public static bool IsWellCovered(IEnumerable<int> articlesPerFact)
    {
        var counts = articlesPerFact.Order().ToArray();
        return counts.Length > 0 && counts[counts.Length / 2] >= MedianArticlesOfAWellCoveredStore;
    }

    /// <summary>How many articles a fact needs to be shown: one in a small collection, <see cref="ArticlesAWellCoveredFactNeeds"/> in a well-covered store.</summary>
    public static int ArticlesNeeded(bool wellCovered) => wellCovered ? ArticlesAWellCoveredFactNeeds : 1;
}
