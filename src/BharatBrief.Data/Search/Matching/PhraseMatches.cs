using System.Buffers;
using System.Data.Common;

namespace BharatBrief.Data.Search.Matching;

/// <summary>
/// Every row one phrase matches in one kind's FTS5 index, in rowid order, with the bm25 score FTS5 gives the row for
/// that phrase alone. FTS5's bm25 of a query is the sum, over its phrases in order, of each phrase's share (a phrase
/// that does not take part in a row's match adds nothing), and each share depends only on the phrase, the row and the
/// whole table; so a query's scores can be added up from its phrases' scores, exactly.
/// </summary>
internal sealed class PhraseMatches
{
    public static readonly PhraseMatches None = new([], []);

    private readonly int[] _ids;
    private readonly double[] _scores;

    public PhraseMatches(int[] ids, double[] scores)
    {
        if (ids.Length != scores.Length)
        {
            throw new ArgumentException("Every row needs its score.", nameof(scores));
        }
        _ids = ids;
        _scores = scores;
    }

    public int Count => _ids.Length;

    /// <summary>The matched rowids, ascending.</summary>
    public int[] Ids => _ids;

    /// <summary>Each row's bm25 score for this phrase, in the order of <see cref="Ids"/>; lower is better.</summary>
    public double[] Scores => _scores;

    /// <summary>About what the two arrays hold, for the cache's budget.</summary>
    public long Bytes => 64 + (_ids.Length * (sizeof(int) + sizeof(double)));

    /// <summary>The position of <paramref name="id"/>, or a negative number when the phrase does not match it.</summary>
    public int IndexOf(int id) => Array.BinarySearch(_ids, id);

    public double ScoreAt(int index) => _scores[index];

    /// <summary>
    /// The rows any of <paramref name="ways"/> matches, each scored by the best of them once <paramref name="penalties"/>
    /// (one per way, added to its scores) are counted.
    /// </summary>
    public static PhraseMatches Best(IReadOnlyList<PhraseMatches> ways, IReadOnlyList<double> penalties)
    {
        // Each way is in rowid order already: merged two at a time, in one pass each, without sorting.
        var (ids, scores) = (ways[0].Ids, Penalized(ways[0].Scores, penalties[0]));
        for (var w = 1; w < ways.Count; w++)
        {
            (ids, scores) = Merge(ids, scores, ways[w].Ids, ways[w].Scores, penalties[w]);
        }
        return new PhraseMatches(ids, scores);

        static double[] Penalized(double[] scores, double penalty) => penalty == 0 ? scores : [.. scores.Select(score => score + penalty)];
    }

    private static (int[] Ids, double[] Scores) Merge(int[] leftIds, double[] leftScores, int[] rightIds, double[] rightScores, double rightPenalty)
    {
        var ids = new int[leftIds.Length + rightIds.Length];
        var scores = new double[ids.Length];
        int l = 0, r = 0, n = 0;
        while (l < leftIds.Length || r < rightIds.Length)
        {
            if (r == rightIds.Length || (l < leftIds.Length && leftIds[l] < rightIds[r]))
            {
                (ids[n], scores[n]) = (leftIds[l], leftScores[l]);
                l++;
            }
            else if (l == leftIds.Length || rightIds[r] < leftIds[l])
            {
                (ids[n], scores[n]) = (rightIds[r], rightScores[r] + rightPenalty);
                r++;
            }
            else
            {
                (ids[n], scores[n]) = (leftIds[l], Math.Min(leftScores[l], rightScores[r] + rightPenalty));
                l++;
                r++;
            }
            n++;
        }
        return n == ids.Length ? (ids, scores) : (ids[..n], scores[..n]);
    }

    /// <summary>Takes rows as FTS5 returns them, sorting them by rowid when they are not already.</summary>
    public static PhraseMatches From(ReadOnlySpan<int> ids, ReadOnlySpan<double> scores)
    {
        var idArray = ids.ToArray();
        var scoreArray = scores.ToArray();
        for (var i = 1; i < idArray.Length; i++)
        {
            if (idArray[i] <= idArray[i - 1])
            {
                Array.Sort(idArray, scoreArray);
                break;
            }
        }
        return new PhraseMatches(idArray, scoreArray);
    }

    /// <summary>Every row an FTS5 expression matches in one kind's index, with its bm25 score.</summary>
    public static async Task<PhraseMatches> RankAsync(DbConnection connection, FtsSource source, string match, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT rowid, {source.Rank} FROM "{source.Table}" WHERE "{source.Table}" MATCH $match""";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$match";
        parameter.Value = match;
        command.Parameters.Add(parameter);
        // Read into pooled buffers and copied once at the exact size: growing lists of thousands of rows would leave
        // large-object-heap arrays behind on every phrase not searched before.
        var ids = ArrayPool<int>.Shared.Rent(1024);
        var scores = ArrayPool<double>.Shared.Rent(1024);
        var count = 0;
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (count == ids.Length)
                {
                    Grow(ref ids, count);
                    Grow(ref scores, count);
                }
                ids[count] = reader.GetInt32(0);
                scores[count] = reader.GetDouble(1);
                count++;
            }
            return From(ids.AsSpan(0, count), scores.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ids);
            ArrayPool<double>.Shared.Return(scores);
        }
    }

    private static void Grow<T>(ref T[] buffer, int count)
    {
        var larger = ArrayPool<T>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, count).CopyTo(larger);
        ArrayPool<T>.Shared.Return(buffer);
        buffer = larger;
    }
}
