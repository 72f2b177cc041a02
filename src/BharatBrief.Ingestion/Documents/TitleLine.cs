using System.Collections.Frozen;

namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// Finds the title line: a Markdown "# " heading at the top, or a first line that reads as a headline (short, no
/// closing full stop, set apart from the body). A promotional tail after a dash or bar ("– Unlock the Editor’s
/// Digest …", "| Subscribe …") or a site name after a bar ("| The Daily Times") is cut off. Section labels, a date or
/// a letterhead above the headline (<see cref="Kicker"/>) are passed over when a headline of three words or more follows them.
/// </summary>
internal static class TitleLine
{
    private const int MaxWords = 25;
    private const int MaxShortWords = 15;
    private const int MaxSiteNameWords = 4;
    private const int MinHeadWords = 4;
    private const int MaxKickers = 6;
    private const int MinWordsAfterKickers = 3;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PromoVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "unlock", "subscribe", "read", "sign", "click", "watch", "download", "get", "join", "follow", "listen", "register",
        "try", "claim", "log", "login", "discover", "explore", "learn", "find", "see", "check", "grab", "stay", "save",
        "buy", "shop", "start", "upgrade", "don't", "don’t")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Apply(DocumentDraft draft, ArticleFormat format)
    {
        // A publication stamp above the headline dates the story; it is never the headline.
        var index = NextCandidate(draft, -1);
        if (index < 0)
        {
            return;
        }
        var afterKickers = AfterKickers(draft, index);
        if (afterKickers < 0 || !TryTake(draft, afterKickers, format, MinWordsAfterKickers))
        {
            TryTake(draft, index, format, minWords: 0);
        }
    }

    private static int NextCandidate(DocumentDraft draft, int after) =>
        draft.Blocks.FindIndex(after + 1, block => !block.Removed && !(block.Kind == RawBlockKind.Text && BoilerplateDetector.IsStamp(draft.View(block))));

    /// <summary>The first block after the section labels, dates and letterheads that open the text, or -1 when none open it.</summary>
    private static int AfterKickers(DocumentDraft draft, int index)
    {
        var skipped = 0;
        while (index >= 0 && skipped < MaxKickers && IsKickerBlock(draft, draft.Blocks[index]))
        {
            index = NextCandidate(draft, index);
            skipped++;
        }
        return skipped == 0 ? -1 : index;
    }

    private static bool IsKickerBlock(DocumentDraft draft, RawBlock block) =>
        block is { Decided: null, Kind: RawBlockKind.Text, WhollyStrong: false } && Kicker.Is(draft.View(block));

    private static bool TryTake(DocumentDraft draft, int index, ArticleFormat format, int minWords)
    {
        if (draft.Blocks[index] is not { Decided: null } block)
        {
            return false;
        }
        var declared = format == ArticleFormat.Markdown && block.Kind == RawBlockKind.Heading && block.Level == 1;
        if (!declared && (block.Kind != RawBlockKind.Text || block.WhollyStrong))
        {
            return false;
        }
        var view = draft.View(block);
        var head = view[..HeadLength(view)].TrimEnd();
        if (head.IsEmpty || TextShape.CountWords(head) < minWords || (!declared && !(IsHeadline(head) && StandsApart(draft, index, head))))
        {
            return false;
        }
        block.Readable = block.Readable.Slice(0, head.Length);
        block.Span = TextSpan.FromBounds(block.Span.Start, draft.Readable.SourceSpan(block.Readable).End);
        block.Decided = BlockKind.Title;
        draft.TitleBlock = block;
        return true;
    }

    /// <summary>The length of the text without its promotional tail.</summary>
    public static int HeadLength(ReadOnlySpan<char> text)
    {
        for (var p = 1; p + 2 < text.Length; p++)
        {
            if (text[p] is not ('–' or '—' or '-' or '|') || text[p - 1] != ' ' || text[p + 1] != ' ')
            {
                continue;
            }
            var tail = text[(p + 2)..];
            var head = text[..(p - 1)];
            var space = tail.IndexOf(' ');
            var firstWord = space < 0 ? tail : tail[..space];
            if (PromoVerbs.Contains(firstWord))
            {
                return head.Length;
            }
            var siteName = text[p] is '|' or '-' && TextShape.CountWords(tail, MaxSiteNameWords) <= MaxSiteNameWords
                && TextShape.IsTitleCased(tail) && TextShape.CountWords(head, MinHeadWords) >= MinHeadWords;
            if (siteName)
            {
                return head.Length;
            }
        }
        return text.Length;
    }

    private static bool IsHeadline(ReadOnlySpan<char> text) =>
        !char.IsLower(text[0])
        && TextShape.CountWords(text, MaxWords) <= MaxWords
        && !TextShape.IsFullStop(TextShape.LastMark(text))
        && TextShape.LastMark(text) is not (',' or ';' or ':')
        && TextShape.HasLetterOrDigit(text)
        && HeadingShape.IsOneSentence(text);

    /// <summary>A headline is set apart: a blank line follows, it is short or headline-cased, or the body after it is clearly prose.</summary>
    private static bool StandsApart(DocumentDraft draft, int index, ReadOnlySpan<char> head)
    {
        var next = draft.NextKept(index);
        return draft.Blocks[index].FollowedByBlank
            || next is null
            || next.Kind != RawBlockKind.Text
            || TextShape.CountWords(head, MaxShortWords) <= MaxShortWords
            || TextShape.IsTitleCased(head)
            || TextShape.CountWords(draft.View(next), MaxWords) > MaxWords;
    }
}
