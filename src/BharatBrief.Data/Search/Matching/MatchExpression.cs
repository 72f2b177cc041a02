namespace BharatBrief.Data.Search.Matching;

/// <summary>
/// A reader's query as FTS5 reads it (fts5parse.y): phrases side by side (implicit AND) bind tightest, then NOT, AND
/// and OR, each left to right. Evaluated over each phrase's own matches in memory, it finds the rows FTS5 finds for the
/// whole query and gives each the bm25 score FTS5 gives it: the sum of the shares of the phrases that take part in the
/// row's match, in the order they were typed. A phrase takes part when its branch matches the row: not the right side
/// of a NOT, not a branch of an OR that the row does not satisfy (FTS5 clears those phrases' hits, so they are neither
/// scored nor highlighted).
/// </summary>
internal sealed class MatchExpression
{
    private readonly Node _root;

    private MatchExpression(IReadOnlyList<SearchTerm> phrases, Node root)
    {
        Phrases = phrases;
        _root = root;
    }

    /// <summary>The query's phrases in FTS5's order (as typed); at most <see cref="SearchQuery.MaxTerms"/>.</summary>
    public IReadOnlyList<SearchTerm> Phrases { get; }

    public static MatchExpression From(SearchQuery query)
    {
        if (query.IsEmpty)
        {
            throw new ArgumentException("An empty query matches nothing to evaluate.", nameof(query));
        }
        var next = 0;
        var root = Parse(0);
        return new MatchExpression(query.Terms, root);

        Node Parse(int lowestPrecedence)
        {
            Node left = new Phrase(next++);
            while (next - 1 < query.Operators.Count && Precedence(query.Operators[next - 1]) is var precedence && precedence >= lowestPrecedence)
            {
                var op = query.Operators[next - 1];
                var right = Parse(precedence + 1);
                left = op switch
                {
                    "OR" => new Or(left, right),
                    "NOT" => new Not(left, right),
                    _ => new And(left, right),
                };
            }
            return left;
        }
    }

    private static int Precedence(string op) => op switch
    {
        "OR" => 1,
        "AND" => 2,
        "NOT" => 3,
        _ => 4,
    };

    /// <summary>The rows the whole query matches, ascending, with their bm25 scores (lower is better, as FTS5 gives them).</summary>
    /// <param name="phrases">The matches of each of <see cref="Phrases"/> alone, in the same order.</param>
    public (int[] Ids, double[] Scores) Evaluate(IReadOnlyList<PhraseMatches> phrases)
    {
        if (phrases.Count == 1)
        {
            return (phrases[0].Ids, phrases[0].Scores);
        }
        var ids = _root.Rows(phrases);
        var scores = new double[ids.Length];
        Span<int> positions = stackalloc int[phrases.Count];
        // The rows come in key order, so each phrase's position moves only forward: one pass over each phrase's matches.
        Span<int> cursors = stackalloc int[phrases.Count];
        cursors.Clear();
        for (var row = 0; row < ids.Length; row++)
        {
            var id = ids[row];
            for (var i = 0; i < phrases.Count; i++)
            {
                var phraseIds = phrases[i].Ids;
                var at = cursors[i];
                while (at < phraseIds.Length && phraseIds[at] < id)
                {
                    at++;
                }
                cursors[i] = at;
                positions[i] = at < phraseIds.Length && phraseIds[at] == id ? at : -1;
            }
            var mask = _root.Matches(positions) ? Collect(positions) : 0;
            var score = 0.0;
            for (var bits = mask; bits != 0; bits &= bits - 1)
            {
                var phrase = System.Numerics.BitOperations.TrailingZeroCount(bits);
                score += phrases[phrase].ScoreAt(positions[phrase]);
            }
            scores[row] = score;
        }
        return (ids, scores);
    }

    /// <summary>
    /// True when FTS5 would score or highlight phrases this evaluation leaves out: when the left side of a NOT matches
    /// no row at all, FTS5 never tests the NOT, so the phrases on its right keep their first rows and are reported as
    /// found in those rows (under an OR, the query can still match them). Such queries are left to FTS5.
    /// </summary>
    public bool StrandsExcludedPhrases(IReadOnlyList<PhraseMatches> phrases) => _root.StrandsExcludedPhrases(phrases);

    /// <summary>The phrases that take part in the match of row <paramref name="id"/>, as bits (phrase i is bit i); 0 when the row does not match.</summary>
    public int Participants(int id, IReadOnlyList<PhraseMatches> phrases)
    {
        Span<int> positions = stackalloc int[phrases.Count];
        return Participants(id, phrases, positions);
    }

    private int Participants(int id, IReadOnlyList<PhraseMatches> phrases, Span<int> positions)
    {
        for (var i = 0; i < phrases.Count; i++)
        {
            positions[i] = phrases[i].IndexOf(id);
        }
        return _root.Matches(positions) ? Collect(positions) : 0;
    }

    /// <summary>The query in FTS5 syntax, fully bracketed, each phrase written by <paramref name="phrase"/> (given its index).</summary>
    public string ToMatch(Func<int, string> phrase) => _root.Write(phrase);

    private int Collect(ReadOnlySpan<int> positions)
    {
        var mask = 0;
        _root.Collect(positions, ref mask);
        return mask;
    }

    private abstract class Node
    {
        public abstract int[] Rows(IReadOnlyList<PhraseMatches> phrases);

        /// <summary>Whether the row whose position in each phrase's matches is given (negative when absent) satisfies this branch.</summary>
        public abstract bool Matches(ReadOnlySpan<int> positions);

        /// <summary>Adds the phrases taking part in a row this branch matches.</summary>
        public abstract void Collect(ReadOnlySpan<int> positions, ref int mask);

        public abstract bool StrandsExcludedPhrases(IReadOnlyList<PhraseMatches> phrases);

        public abstract string Write(Func<int, string> phrase);
    }

    private sealed class Phrase(int index) : Node
    {
        public override int[] Rows(IReadOnlyList<PhraseMatches> phrases) => phrases[index].Ids;

        public override bool Matches(ReadOnlySpan<int> positions) => positions[index] >= 0;

        public override void Collect(ReadOnlySpan<int> positions, ref int mask) => mask |= 1 << index;

        public override bool StrandsExcludedPhrases(IReadOnlyList<PhraseMatches> phrases) => false;

        public override string Write(Func<int, string> phrase) => phrase(index);
    }

    private sealed class And(Node left, Node right) : Node
    {
        public override string Write(Func<int, string> phrase) => $"({left.Write(phrase)} AND {right.Write(phrase)})";

        public override int[] Rows(IReadOnlyList<PhraseMatches> phrases) => SortedIds.Intersect(left.Rows(phrases), right.Rows(phrases));

        public override bool Matches(ReadOnlySpan<int> positions) => left.Matches(positions) && right.Matches(positions);

        public override void Collect(ReadOnlySpan<int> positions, ref int mask)
        {
            left.Collect(positions, ref mask);
            right.Collect(positions, ref mask);
        }

        public override bool StrandsExcludedPhrases(IReadOnlyList<PhraseMatches> phrases) =>
            left.StrandsExcludedPhrases(phrases) || right.StrandsExcludedPhrases(phrases);
    }

    private sealed class Or(Node left, Node right) : Node
    {
        public override string Write(Func<int, string> phrase) => $"({left.Write(phrase)} OR {right.Write(phrase)})";

        public override int[] Rows(IReadOnlyList<PhraseMatches> phrases) => SortedIds.Union(left.Rows(phrases), right.Rows(phrases));

        public override bool Matches(ReadOnlySpan<int> positions) => left.Matches(positions) || right.Matches(positions);

        public override void Collect(ReadOnlySpan<int> positions, ref int mask)
        {
            if (left.Matches(positions))
            {
                left.Collect(positions, ref mask);
            }
            if (right.Matches(positions))
            {
                right.Collect(positions, ref mask);
            }
        }

        public override bool StrandsExcludedPhrases(IReadOnlyList<PhraseMatches> phrases) =>
            left.StrandsExcludedPhrases(phrases) || right.StrandsExcludedPhrases(phrases);
    }

    private sealed class Not(Node left, Node right) : Node
    {
        public override string Write(Func<int, string> phrase) => $"({left.Write(phrase)} NOT {right.Write(phrase)})";

        public override int[] Rows(IReadOnlyList<PhraseMatches> phrases) => SortedIds.Except(left.Rows(phrases), right.Rows(phrases));

        public override bool Matches(ReadOnlySpan<int> positions) => left.Matches(positions) && !right.Matches(positions);

        public override void Collect(ReadOnlySpan<int> positions, ref int mask) => left.Collect(positions, ref mask);

        public override bool StrandsExcludedPhrases(IReadOnlyList<PhraseMatches> phrases) =>
            left.Rows(phrases).Length == 0 || left.StrandsExcludedPhrases(phrases) || right.StrandsExcludedPhrases(phrases);
    }
}
