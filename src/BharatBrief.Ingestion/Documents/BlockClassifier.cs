namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// Decides the kind of every block the title and table-of-contents passes left open. Markup decides in Markdown;
/// in plain text a short line followed by body text is a heading, a numbered line followed by a paragraph is a
/// numbered heading, and a paragraph that is mostly one quotation is a quote. The label above a table is its caption.
/// </summary>
internal static class BlockClassifier
{
    private const int MaxLookahead = 2;

    public static void Apply(DocumentDraft draft, ArticleFormat format)
    {
        Captions(draft);
        var blocks = draft.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Removed || block.Decided is not null)
            {
                continue;
            }
            block.Decided = block.Kind switch
            {
                RawBlockKind.Heading => BlockKind.Heading,
                RawBlockKind.TableRow => BlockKind.TableRow,
                RawBlockKind.Quote => BlockKind.Quote,
                RawBlockKind.ListItem => format == ArticleFormat.PlainText && IsNumberedHeading(draft, i) ? BlockKind.Heading : BlockKind.ListItem,
                _ when IsHeading(draft, i, format) => BlockKind.Heading,
                _ => IsQuotation(draft.View(block)) ? BlockKind.Quote : BlockKind.Paragraph,
            };
        }
    }

    /// <summary>A paragraph that opens with a quotation mark and is mostly quotation ("…,” he said. “…”).</summary>
    public static bool IsQuotation(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || text[0] is not ('“' or '"' or '„' or '«'))
        {
            return false;
        }
        var quoted = 0;
        var open = '\0';
        foreach (var c in text)
        {
            if (open == '\0')
            {
                open = c is '“' or '"' or '„' or '«' ? c : '\0';
            }
            else if (c is '”' or '»' || (c == '"' && open == '"') || (c == '“' && open == '„'))
            {
                open = '\0';
            }
            else
            {
                quoted++;
            }
        }
        return quoted * 2 >= text.Length;
    }

    private static bool IsHeading(DocumentDraft draft, int index, ArticleFormat format)
    {
        var block = draft.Blocks[index];
        if (format == ArticleFormat.Markdown)
        {
            return block.WhollyStrong && HeadingShape.Fits(draft.View(block), decorationLed: false, numbered: false);
        }
        return LooksLikeHeading(draft, block) && IsFollowedByBody(draft, index, 0);
    }

    private static bool IsNumberedHeading(DocumentDraft draft, int index)
    {
        var block = draft.Blocks[index];
        if (!block.IsNumbered || !HeadingShape.Fits(draft.View(block), decorationLed: false, numbered: true))
        {
            return false;
        }
        var previous = draft.PreviousKept(index);
        if (previous is { Decided: BlockKind.ListItem, IsNumbered: true })
        {
            return false;
        }
        return draft.NextKept(index) is { Kind: RawBlockKind.Text, Decided: null } next && !LooksLikeHeading(draft, next);
    }

    /// <summary>True when body text follows, perhaps after another heading or two.</summary>
    private static bool IsFollowedByBody(DocumentDraft draft, int index, int depth)
    {
        var nextIndex = draft.Blocks.FindIndex(index + 1, block => !block.Removed);
        if (nextIndex < 0)
        {
            return false;
        }
        var next = draft.Blocks[nextIndex];
        var headingNext = next.Decided == BlockKind.Heading || next.Kind == RawBlockKind.Heading
            || (next.Kind == RawBlockKind.Text && next.Decided is null && LooksLikeHeading(draft, next));
        return !headingNext || (depth < MaxLookahead && IsFollowedByBody(draft, nextIndex, depth + 1));
    }

    private static bool LooksLikeHeading(DocumentDraft draft, RawBlock block) =>
        block.HeadingShaped ??= HeadingShape.Fits(draft.View(block), block.DecorationLed, numbered: false);

    /// <summary>Gives each table the short label above it as its caption, and makes that label a heading.</summary>
    private static void Captions(DocumentDraft draft)
    {
        string? caption = null;
        for (var i = 0; i < draft.Blocks.Count; i++)
        {
            var block = draft.Blocks[i];
            if (block.Removed || block.Cells is null)
            {
                continue;
            }
            if (block.Cells.IsFirstRow)
            {
                caption = null;
                var previous = draft.PreviousKept(i);
                if (previous is { Kind: RawBlockKind.Text or RawBlockKind.Heading, Decided: null or BlockKind.Heading }
                    && HeadingShape.IsCaption(draft.View(previous)))
                {
                    caption = draft.View(previous).TrimEnd(": ").ToString();
                    previous.Decided = BlockKind.Heading;
                }
            }
            block.Caption = caption;
        }
    }
}
