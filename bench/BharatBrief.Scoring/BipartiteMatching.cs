namespace BharatBrief.Scoring;

/// <summary>
/// A maximum one-to-one matching (Kuhn's augmenting paths): each prediction is paired with at most one truth and
/// each truth with at most one prediction, as many pairs as the candidate lists allow. Predictions are tried in the
/// order given and their candidates in the order listed, so better candidates are preferred where the count allows.
/// </summary>
public static class BipartiteMatching
{
    /// <param name="candidates">For each prediction, the truths it may be paired with, best first.</param>
    /// <param name="truthCount">How many truths there are.</param>
    /// <param name="order">The order in which to try the predictions.</param>
    /// <returns>For each prediction, the truth it is paired with, or -1.</returns>
    public static int[] Match(IReadOnlyList<IReadOnlyList<int>> candidates, int truthCount, IEnumerable<int> order)
    {
        var truthTaker = Enumerable.Repeat(-1, truthCount).ToArray();
        var pairedWith = Enumerable.Repeat(-1, candidates.Count).ToArray();
        foreach (var prediction in order)
        {
            if (candidates[prediction].Count > 0)
            {
                TryAugment(prediction, candidates, truthTaker, pairedWith, new bool[truthCount]);
            }
        }
        return pairedWith;
    }

    private static bool TryAugment(int prediction, IReadOnlyList<IReadOnlyList<int>> candidates, int[] truthTaker, int[] pairedWith, bool[] visited)
    {
        // The recursion goes at most as deep as there are truths (a few hundred meetings).
        foreach (var truth in candidates[prediction])
        {
            if (visited[truth])
            {
                continue;
            }
            visited[truth] = true;
            if (truthTaker[truth] < 0 || TryAugment(truthTaker[truth], candidates, truthTaker, pairedWith, visited))
            {
                truthTaker[truth] = prediction;
                pairedWith[prediction] = truth;
                return true;
            }
        }
        return false;
    }
}
