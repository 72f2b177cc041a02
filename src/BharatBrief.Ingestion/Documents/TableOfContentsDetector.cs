namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// Recognises the list of section headings some sites put near the top: a run of at least three list lines whose
/// texts come back later as standalone lines. The run becomes <see cref="ArticleDocument.TableOfContents"/> and
/// produces no blocks; the later lines become headings, whatever they look like.
/// </summary>
internal static class TableOfContentsDetector
{
    private const int MinEntries = 3;
    private const int NearTop = 6;
    private const int MaxEntryWords = 20;

    // A heading may differ from its entry by an ordinal, an emoji or spacing, never by much more.
    private const int LengthSlack = 12;

    public static void Apply(DocumentDraft draft)
    {
        var blocks = draft.Blocks;
        var limit = Math.Max(NearTop, blocks.Count / 5);
        for (var start = 0; start < blocks.Count && start <= limit; start++)
        {
            if (!IsEntry(draft, blocks[start]))
            {
                continue;
            }
            var end = start;
            while (end < blocks.Count && IsEntry(draft, blocks[end]))
            {
                end++;
            }
            if (end - start >= MinEntries && TryAccept(draft, start, end))
            {
                return;
            }
            start = end;
        }
    }

    private static bool IsEntry(DocumentDraft draft, RawBlock block) =>
        !block.Removed && block.Kind == RawBlockKind.ListItem && TextShape.CountWords(draft.View(block), MaxEntryWords) <= MaxEntryWords;

    private static bool TryAccept(DocumentDraft draft, int start, int end)
    {
        var entries = new Dictionary<string, int>(StringComparer.Ordinal);
        var signatures = new HashSet<int>();
        var longest = 0;
        for (var i = start; i < end; i++)
        {
            var view = draft.View(draft.Blocks[i]);
            entries.TryAdd(HeadingKey.Of(view), i - start);
            signatures.Add(HeadingKey.Signature(view));
            longest = Math.Max(longest, view.Length);
        }
        var matches = new RawBlock?[end - start];
        var matched = 0;
        for (var i = end; i < draft.Blocks.Count && matched < matches.Length; i++)
        {
            var block = draft.Blocks[i];
            // Length and letter count rule out most lines before a key is built.
            var candidate = block.Readable.Length <= longest + LengthSlack
                && signatures.Contains(HeadingKey.Signature(draft.View(block)))
                && CanBeHeading(draft, block);
            if (!candidate || !entries.TryGetValue(HeadingKey.Of(draft.View(block)), out var entry) || matches[entry] is not null)
            {
                continue;
            }
            matches[entry] = block;
            matched++;
        }
        if (matched < MinEntries || matched * 3 < matches.Length * 2)
        {
            return false;
        }
        for (var i = start; i < end; i++)
        {
            draft.Blocks[i].Removed = true;
            draft.TableOfContents.Add(draft.TextOf(draft.Blocks[i]));
        }
        foreach (var heading in matches)
        {
            if (heading is not null)
            {
                heading.Decided = BlockKind.Heading;
            }
        }
        return true;
    }

    private static bool CanBeHeading(DocumentDraft draft, RawBlock block) =>
        !block.Removed
        && (block.Kind is RawBlockKind.Text or RawBlockKind.Heading || (block.Kind == RawBlockKind.ListItem && block.IsNumbered))
        && TextShape.CountWords(draft.View(block), MaxEntryWords) <= MaxEntryWords;
}
