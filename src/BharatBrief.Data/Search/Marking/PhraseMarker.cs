namespace BharatBrief.Data.Search.Marking;

/// <summary>
/// Marks the phrases of a query in text as FTS5's highlight() and snippet() would (ext/fts5/fts5_aux.c), byte for
/// byte in UTF-8, from the text alone: it tokenizes the text as the index did (<see cref="FtsTokenizer"/>), finds where
/// each phrase stands (a run of tokens equal to the phrase's terms, the last a prefix of its token for a prefix
/// phrase) and then runs ports of fts5HighlightCb, fts5SnippetScore and fts5SnippetFunction over those instances.
/// The answer is FTS5's for a row the query matched by AND and OR of these phrases (no NEAR, NOT or column filters)
/// and for the column whose text is given. Built once per query; safe to share between threads.
/// </summary>
/// <remarks>
/// Only tokens that could equal a term are folded and stemmed: the porter step keeps a token's first byte and never
/// makes it longer, so a token whose folded first byte starts no term, or that is shorter than every term starting
/// with that byte, cannot match and is only counted.
/// </remarks>
internal sealed class PhraseMarker
{
    [ThreadStatic]
    private static MarkingScratch? cachedScratch;

    private readonly MarkerPhrase[] phrases;

    // Per folded first byte: the length of the shortest term starting with it, or int.MaxValue when none does.
    private readonly int[] shortestTerm = new int[256];

    /// <summary>Phrases in query order: each one's words (letters and digits, as typed) and whether it is a prefix.</summary>
    public PhraseMarker(IEnumerable<(IReadOnlyList<string> Words, bool Prefix)> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        Array.Fill(shortestTerm, int.MaxValue);
        var list = new List<MarkerPhrase>();
        foreach (var (words, prefix) in phrases)
        {
            // The query parser tokenizes the quoted string "w1 w2" whole, with the porter step for prefixes too.
            var terms = FtsTokenizer.Terms(string.Join(' ', words)).ToArray();
            list.Add(new MarkerPhrase(terms, prefix));
            foreach (var term in terms)
            {
                if (term.Length == 0)
                {
                    continue;
                }
                ref var shortest = ref shortestTerm[term[0]];
                shortest = Math.Min(shortest, term.Length);
            }
        }
        this.phrases = [.. list];
    }

    /// <summary>The marker for the terms of a parsed query, each term one phrase.</summary>
    public static PhraseMarker For(IEnumerable<SearchTerm> terms) =>
        new(terms.Select(term => (term.Words, term.Prefix)));

    /// <summary>The phrases' terms: folded, stemmed UTF-8 bytes, as the query parser makes them.</summary>
    public IReadOnlyList<MarkerPhrase> Phrases => phrases;

    /// <summary>highlight(table, column, open, close) for a row whose column holds <paramref name="text"/>.</summary>
    public string Highlight(string text, string open, string close)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = cachedScratch ?? new MarkingScratch();
        cachedScratch = null;
        try
        {
            var document = Scan(text, scratch);
            var context = new HighlightContext(text, open, close, document, scratch.Output)
            {
                RangeEnd = -1,
            };
            context.Iterator.Next();
            for (var position = 0; position < document.TokenCount; position++)
            {
                context.Token(position);
            }
            if (context.IsOpen)
            {
                context.Append(close);
            }
            context.AppendText(context.Offset, text.Length);
            return context.Output.ToString();
        }
        finally
        {
            scratch.Output.Clear();
            cachedScratch = scratch;
        }
    }

    /// <summary>
    /// snippet(table, column, open, close, ellipsis, maxTokens) for a row whose column holds <paramref name="text"/>:
    /// the best window of <paramref name="maxTokens"/> tokens, scored as FTS5 scores them; its first window when the
    /// column holds no phrase.
    /// </summary>
    public string Snippet(string text, string open, string close, string ellipsis, int maxTokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = cachedScratch ?? new MarkingScratch();
        cachedScratch = null;
        try
        {
            var document = Scan(text, scratch);
            var (_, bestStart) = Best(text, document, scratch, maxTokens);
            return Cut(text, document, scratch, bestStart, open, close, ellipsis, maxTokens);
        }
        finally
        {
            scratch.Output.Clear();
            cachedScratch = scratch;
        }
    }

    /// <summary>
    /// snippet(table, -1, open, close, ellipsis, maxTokens) for a row whose columns hold <paramref name="columns"/> (in
    /// table order; null for SQL NULL): cut from the column with the best-scoring window, the earliest column on a
    /// tie, column 0 when no column holds a phrase. Null when that column is NULL, as FTS5 then returns NULL.
    /// </summary>
    public string? Snippet(IReadOnlyList<string?> columns, string open, string close, string ellipsis, int maxTokens)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var scratch = cachedScratch ?? new MarkingScratch();
        cachedScratch = null;
        try
        {
            // FTS5 keeps one best score across the columns: a column wins only by beating every column before it,
            // and then with the first window that reached its own best score.
            var bestColumn = 0;
            var bestScore = 0;
            var bestStart = 0;
            for (var column = 0; column < columns.Count; column++)
            {
                var text = columns[column] ?? "";
                var (score, start) = Best(text, Scan(text, scratch), scratch, maxTokens);
                if (score > bestScore)
                {
                    bestScore = score;
                    bestColumn = column;
                    bestStart = start;
                }
            }
            if (bestColumn >= columns.Count || columns[bestColumn] is not { } best)
            {
                return null;
            }
            return Cut(best, Scan(best, scratch), scratch, bestStart, open, close, ellipsis, maxTokens);
        }
        finally
        {
            scratch.Output.Clear();
            cachedScratch = scratch;
        }
    }

    /// <summary>The output half of fts5SnippetFunction: the window from <paramref name="bestStart"/>, highlighted.</summary>
    private static string Cut(
        string text, Document document, MarkingScratch scratch, int bestStart, string open, string close, string ellipsis, int maxTokens)
    {
        var columnSize = document.TokenCount;
        var context = new HighlightContext(text, open, close, document, scratch.Output)
        {
            RangeStart = bestStart,
            RangeEnd = bestStart + maxTokens - 1,
        };
        context.Iterator.Next();
        if (bestStart > 0)
        {
            context.Append(ellipsis);
        }
        while (context.Iterator.Start >= 0 && context.Iterator.Start < bestStart)
        {
            context.Iterator.Next();
        }
        // Tokens outside the range change nothing in fts5HighlightCb beyond its position count.
        var first = context.RangeEnd >= 0 ? Math.Max(context.RangeStart, 0) : 0;
        var last = context.RangeEnd >= 0 ? Math.Min(context.RangeEnd, document.TokenCount - 1) : document.TokenCount - 1;
        for (var position = first; position <= last; position++)
        {
            context.Token(position);
        }
        if (context.IsOpen)
        {
            context.Append(close);
        }
        if (context.RangeEnd >= columnSize - 1)
        {
            context.AppendText(context.Offset, text.Length);
        }
        else
        {
            context.Append(ellipsis);
        }
        return context.Output.ToString();
    }

    /// <summary>
    /// The scoring loop of fts5SnippetFunction for one column: the best score (0 when the column holds no phrase) and
    /// the first token of the first window that reached it.
    /// </summary>
    private (int Score, int Start) Best(string text, Document document, MarkingScratch scratch, int maxTokens)
    {
        var instanceCount = document.InstanceCount;
        if (instanceCount == 0)
        {
            return (0, 0);
        }
        var docSize = document.TokenCount;
        var seen = scratch.Seen(phrases.Length);
        var bestScore = 0;
        var bestStart = 0;

        // fts5SentenceFinderCb: the first token, and every token after '.' or ':' and then whitespace.
        var firsts = docSize > maxTokens ? SentenceStarts(text, document, scratch) : default;
        var sentence = 0;

        for (var i = 0; i < instanceCount; i++)
        {
            var offset = document.InstancePositions[i];
            var score = Score(document, seen, offset, maxTokens, out var adjusted, adjust: true);
            if (score > bestScore)
            {
                bestScore = score;
                bestStart = adjusted;
            }
            if (firsts.Length > 0)
            {
                // The last sentence start at or before the instance; instances come in position order.
                while (sentence < firsts.Length - 1 && firsts[sentence + 1] <= offset)
                {
                    sentence++;
                }
                var start = firsts[sentence];
                if (start < offset)
                {
                    score = Score(document, seen, start, maxTokens, out _, adjust: false);
                    score += start == 0 ? 120 : 100;
                    if (score > bestScore)
                    {
                        bestScore = score;
                        bestStart = start;
                    }
                }
            }
        }
        return (bestScore, bestStart);
    }

    /// <summary>fts5SnippetScore: 1000 for each phrase first seen in the window, 1 for each repeat.</summary>
    private static int Score(Document document, Span<bool> seen, int position, int maxTokens, out int adjusted, bool adjust)
    {
        seen.Clear();
        var end = (long)position + maxTokens;
        var score = 0;
        var firstOffset = -1;
        var lastOffset = 0;
        var positions = document.InstancePositions;
        var phraseIndexes = document.InstancePhrases;
        for (var i = LowerBound(positions, position); i < positions.Length && positions[i] < end; i++)
        {
            var offset = positions[i];
            var phrase = phraseIndexes[i];
            score += seen[phrase] ? 1 : 1000;
            seen[phrase] = true;
            if (firstOffset < 0)
            {
                firstOffset = offset;
            }
            lastOffset = offset + document.InstanceSizes[i];
        }
        adjusted = 0;
        if (adjust)
        {
            long adjustedStart = firstOffset - ((maxTokens - (lastOffset - firstOffset)) / 2);
            if (adjustedStart + maxTokens > document.TokenCount)
            {
                adjustedStart = document.TokenCount - maxTokens;
            }
            if (adjustedStart < 0)
            {
                adjustedStart = 0;
            }
            adjusted = (int)adjustedStart;
        }
        return score;
    }

    private static int LowerBound(ReadOnlySpan<int> sorted, int value)
    {
        var lo = 0;
        var hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static ReadOnlySpan<int> SentenceStarts(string text, Document document, MarkingScratch scratch)
    {
        var firsts = scratch.Ints(ref scratch.SentenceStarts, document.TokenCount);
        var count = 0;
        var starts = document.Starts;
        for (var position = 0; position < document.TokenCount; position++)
        {
            if (position == 0)
            {
                firsts[count++] = 0;
                continue;
            }
            var tokenStart = starts[position];
            var i = tokenStart - 1;
            var c = '\0';
            for (; i >= 0; i--)
            {
                c = text[i];
                if (c is not (' ' or '\t' or '\n' or '\r'))
                {
                    break;
                }
            }
            if (i != tokenStart - 1 && c is '.' or ':')
            {
                firsts[count++] = position;
            }
        }
        return firsts.AsSpan(0, count);
    }

    /// <summary>Tokenizes the text and finds every phrase instance, ordered by position and then phrase.</summary>
    private Document Scan(string text, MarkingScratch scratch)
    {
        var span = text.AsSpan();
        var position = 0;
        var count = 0;
        var candidates = 0;
        var stemBytes = 0;
        var starts = scratch.Ints(ref scratch.Starts, 64);
        var ends = scratch.Ints(ref scratch.Ends, 64);
        var stemOffsets = scratch.Ints(ref scratch.StemOffsets, 64);
        var stemLengths = scratch.Ints(ref scratch.StemLengths, 64);
        var candidatePositions = scratch.Ints(ref scratch.Candidates, 64);
        var shortest = shortestTerm;
        while (FtsTokenizer.Next(span, ref position, out var start, out var end))
        {
            if (count == starts.Length)
            {
                starts = scratch.Grow(ref scratch.Starts, count);
                ends = scratch.Grow(ref scratch.Ends, count);
                stemOffsets = scratch.Grow(ref scratch.StemOffsets, count);
                stemLengths = scratch.Grow(ref scratch.StemLengths, count);
            }
            starts[count] = start;
            ends[count] = end;
            stemOffsets[count] = -1;

            int lead = span[start];
            if (lead >= 0x80)
            {
                var at = start;
                lead = FtsTokenizer.FoldedLeadByte(FtsTokenizer.ReadCodepoint(span, ref at));
            }
            else if (lead is >= 'A' and <= 'Z')
            {
                lead += 32;
            }
            if (lead < 0 || shortest[lead] != int.MaxValue)
            {
                var buffer = scratch.Bytes(stemBytes + ((end - start) * FtsTokenizer.MaxBytesPerChar));
                var folded = FtsTokenizer.Fold(span[start..end], buffer.AsSpan(stemBytes));
                if (folded > 0 && folded >= shortest[buffer[stemBytes]])
                {
                    var stemmed = FtsTokenizer.Stem(buffer.AsSpan(stemBytes, folded));
                    stemOffsets[count] = stemBytes;
                    stemLengths[count] = stemmed;
                    stemBytes += stemmed;
                    if (candidates == candidatePositions.Length)
                    {
                        candidatePositions = scratch.Grow(ref scratch.Candidates, candidates);
                    }
                    candidatePositions[candidates++] = count;
                }
            }
            count++;
        }

        // Instances in the order xInst gives them: by position, then by phrase.
        var instanceCount = 0;
        var instancePositions = scratch.Ints(ref scratch.InstancePositions, 16);
        var instancePhrases = scratch.Ints(ref scratch.InstancePhrases, 16);
        var instanceSizes = scratch.Ints(ref scratch.InstanceSizes, 16);
        var stems = scratch.StemBuffer;
        for (var c = 0; c < candidates; c++)
        {
            var at = candidatePositions[c];
            for (var p = 0; p < phrases.Length; p++)
            {
                if (!IsInstance(phrases[p], at, count, stems, stemOffsets, stemLengths))
                {
                    continue;
                }
                if (instanceCount == instancePositions.Length)
                {
                    instancePositions = scratch.Grow(ref scratch.InstancePositions, instanceCount);
                    instancePhrases = scratch.Grow(ref scratch.InstancePhrases, instanceCount);
                    instanceSizes = scratch.Grow(ref scratch.InstanceSizes, instanceCount);
                }
                instancePositions[instanceCount] = at;
                instancePhrases[instanceCount] = p;
                instanceSizes[instanceCount] = phrases[p].Terms.Length;
                instanceCount++;
            }
        }
        return new Document(
            count,
            starts,
            ends,
            instancePositions.AsSpan(0, instanceCount),
            instancePhrases.AsSpan(0, instanceCount),
            instanceSizes.AsSpan(0, instanceCount));
    }

    private static bool IsInstance(MarkerPhrase phrase, int at, int tokenCount, byte[] stems, int[] stemOffsets, int[] stemLengths)
    {
        var terms = phrase.Terms;
        if (terms.Length == 0 || at + terms.Length > tokenCount)
        {
            return false;
        }
        for (var j = 0; j < terms.Length; j++)
        {
            var offset = stemOffsets[at + j];
            if (offset < 0)
            {
                return false;
            }
            var token = stems.AsSpan(offset, Math.Min(stemLengths[at + j], FtsTokenizer.MaxTokenBytes));
            var term = terms[j];
            var matches = phrase.Prefix && j == terms.Length - 1
                ? token.StartsWith(term)
                : token.SequenceEqual(term);
            if (!matches)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A tokenized column: token bounds by position, and the phrase instances in xInst order.</summary>
    private readonly ref struct Document(
        int tokenCount, int[] starts, int[] ends, ReadOnlySpan<int> positions, ReadOnlySpan<int> phraseIndexes, ReadOnlySpan<int> sizes)
    {
        public int TokenCount { get; } = tokenCount;

        public int[] Starts { get; } = starts;

        public int[] Ends { get; } = ends;

        public ReadOnlySpan<int> InstancePositions { get; } = positions;

        public ReadOnlySpan<int> InstancePhrases { get; } = phraseIndexes;

        /// <summary>The number of tokens in each instance's phrase (xPhraseSize).</summary>
        public ReadOnlySpan<int> InstanceSizes { get; } = sizes;

        public int InstanceCount => InstancePositions.Length;
    }

    /// <summary>CInstIter: walks the instances of the column, merging those that share tokens into one.</summary>
    private ref struct InstanceIterator(ReadOnlySpan<int> positions, ReadOnlySpan<int> sizes)
    {
        private readonly ReadOnlySpan<int> positions = positions;
        private readonly ReadOnlySpan<int> sizes = sizes;
        private int next;

        /// <summary>First token of the current merged instance; -1 when there are no more.</summary>
        public int Start { get; private set; } = -1;

        /// <summary>Last token of the current merged instance.</summary>
        public int End { get; private set; } = -1;

        /// <summary>fts5CInstIterNext.</summary>
        public void Next()
        {
            Start = -1;
            End = -1;
            while (next < positions.Length)
            {
                var offset = positions[next];
                var end = offset - 1 + sizes[next];
                if (Start < 0)
                {
                    Start = offset;
                    End = end;
                }
                else if (offset <= End)
                {
                    if (end > End)
                    {
                        End = end;
                    }
                }
                else
                {
                    break;
                }
                next++;
            }
        }
    }

    /// <summary>HighlightContext and fts5HighlightCb, with offsets in UTF-16 code units.</summary>
    private ref struct HighlightContext(string text, string open, string close, Document document, MarkingOutput output)
    {
        private readonly string text = text;
        private readonly string open = open;
        private readonly string close = close;
        private readonly int[] starts = document.Starts;
        private readonly int[] ends = document.Ends;

        public InstanceIterator Iterator = new(document.InstancePositions, document.InstanceSizes);

        public int RangeStart { get; init; }

        public int RangeEnd { get; init; }

        /// <summary>How far the text has been copied to the output.</summary>
        public int Offset { get; private set; }

        public bool IsOpen { get; private set; }

        public MarkingOutput Output { get; } = output;

        /// <summary>fts5HighlightCb for the token at this position.</summary>
        public void Token(int position)
        {
            var startOffset = starts[position];
            var endOffset = ends[position];
            if (RangeEnd >= 0)
            {
                if (position < RangeStart || position > RangeEnd)
                {
                    return;
                }
                if (RangeStart != 0 && position == RangeStart)
                {
                    Offset = startOffset;
                }
            }

            // Close an open highlight before a token that is not part of the current instance.
            if (IsOpen && (position <= Iterator.Start || Iterator.Start < 0) && startOffset > Offset)
            {
                Append(close);
                IsOpen = false;
            }

            if (position == Iterator.Start && !IsOpen)
            {
                AppendText(Offset, startOffset);
                Append(open);
                Offset = startOffset;
                IsOpen = true;
            }

            if (position == Iterator.End)
            {
                if (!IsOpen)
                {
                    Append(open);
                    IsOpen = true;
                }
                AppendText(Offset, endOffset);
                Offset = endOffset;
                Iterator.Next();
            }

            if (position == RangeEnd)
            {
                if (IsOpen)
                {
                    if (Iterator.Start >= 0 && position >= Iterator.Start)
                    {
                        AppendText(Offset, endOffset);
                        Offset = endOffset;
                    }
                    Append(close);
                    IsOpen = false;
                }
                AppendText(Offset, endOffset);
                Offset = endOffset;
            }
        }

        /// <summary>fts5HighlightAppend(z, -1): up to the first NUL, as strlen reads it.</summary>
        public readonly void Append(string value) => Output.Append(UpToNul(value));

        /// <summary>
        /// fts5HighlightAppend(&amp;zIn[from], to - from): "%.*s" stops at a NUL; a negative length means all the rest.
        /// </summary>
        public readonly void AppendText(int from, int to)
        {
            var piece = to >= from ? text.AsSpan(from, to - from) : text.AsSpan(from);
            Output.Append(UpToNul(piece));
        }

        private static ReadOnlySpan<char> UpToNul(ReadOnlySpan<char> value)
        {
            var nul = value.IndexOf('\0');
            return nul < 0 ? value : value[..nul];
        }
    }
}

/// <summary>One phrase of a <see cref="PhraseMarker"/>: its terms as folded, stemmed UTF-8, and whether the last is a prefix.</summary>
internal sealed record MarkerPhrase(byte[][] Terms, bool Prefix);
