namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// Finds the lede, the first paragraph of the body (a heading or two may come before it), and the dateline it
/// opens with, which is cut off the lede. A dateline on a line of its own is taken too.
/// </summary>
internal static class LedeFinder
{
    private const int MaxHeadingsBefore = 2;
    private const int MaxStandfirstWords = 40;

    public static void Apply(DocumentDraft draft)
    {
        FindLede(draft);
        draft.Dateline ??= draft.BylinePlace;
    }

    private static void FindLede(DocumentDraft draft)
    {
        var headings = 0;
        var start = draft.TitleBlock is null ? 0 : draft.Blocks.IndexOf(draft.TitleBlock) + 1;
        for (var i = start; i < draft.Blocks.Count; i++)
        {
            var block = draft.Blocks[i];
            if (block.Removed)
            {
                continue;
            }
            if (block.Decided is BlockKind.Paragraph or BlockKind.Quote)
            {
                var lede = StandfirstBeforeDateline(draft, i, block) ?? block;
                if (draft.Dateline is null)
                {
                    CutDateline(draft, lede);
                }
                if (lede.Removed)
                {
                    continue; // the paragraph was only a dateline
                }
                lede.Decided = BlockKind.Lede;
                draft.LedeBlock = lede;
                return;
            }
            if (block.Decided != BlockKind.Heading || headings++ >= MaxHeadingsBefore)
            {
                return;
            }
            if (draft.Dateline is null && block.Kind == RawBlockKind.Text)
            {
                CutDateline(draft, block);
            }
        }
    }

    /// <summary>
    /// A short unpunctuated standfirst under the title ("The deal gives both navies access to each other’s bases")
    /// yields the lede to the dateline paragraph that follows it.
    /// </summary>
    private static RawBlock? StandfirstBeforeDateline(DocumentDraft draft, int index, RawBlock block)
    {
        var view = draft.View(block);
        if (draft.Dateline is not null || TextShape.EndsSentence(view) || TextShape.CountWords(view, MaxStandfirstWords) > MaxStandfirstWords)
        {
            return null;
        }
        return draft.NextKept(index) is { Decided: BlockKind.Paragraph } next && DatelineDetector.TryMatch(draft.View(next), out _, out _)
            ? next
            : null;
    }

    private static void CutDateline(DocumentDraft draft, RawBlock block)
    {
        if (!DatelineDetector.TryMatch(draft.View(block), out var length, out var bodyStart))
        {
            return;
        }
        var datelineRange = block.Readable.Slice(0, length);
        draft.Dateline = new Dateline(draft.Readable.SourceSpan(datelineRange), draft.Readable.ToString(datelineRange));
        if (bodyStart >= block.Readable.Length)
        {
            block.Removed = true;
            return;
        }
        block.Readable = block.Readable.Slice(bodyStart, block.Readable.Length - bodyStart);
        block.Span = TextSpan.FromBounds(draft.Readable.SourceSpan(block.Readable).Start, block.Span.End);
    }
}
