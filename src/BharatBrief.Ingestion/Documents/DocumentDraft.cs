namespace BharatBrief.Ingestion.Documents;

/// <summary>An article on its way to an <see cref="ArticleDocument"/>: the blocks the reader found and what the passes decided.</summary>
internal sealed class DocumentDraft(string text, ReadableText readable, List<RawBlock> blocks)
{
    public string Text { get; } = text;

    public ReadableText Readable { get; } = readable;

    /// <summary>The blocks in reading order, removed ones included.</summary>
    public List<RawBlock> Blocks { get; } = blocks;

    public List<string> DroppedBoilerplate { get; } = [];

    public List<string> TableOfContents { get; } = [];

    public RawBlock? TitleBlock { get; set; }

    public RawBlock? LedeBlock { get; set; }

    public Dateline? Dateline { get; set; }

    /// <summary>The place a byline gives in a field of its own ("By our Special Correspondent | Samarkand | …"): the dateline when the story has none.</summary>
    public Dateline? BylinePlace { get; set; }

    public ReadOnlySpan<char> View(RawBlock block) => Readable.Slice(block.Readable);

    public string TextOf(RawBlock block) => Readable.ToString(block.Readable);

    /// <summary>The block's source, trimmed: how a dropped line is recorded.</summary>
    public string SourceOf(RawBlock block) => Text.Substring(block.Span.Start, block.Span.Length);

    /// <summary>The next block after <paramref name="index"/> that is not removed, or null.</summary>
    public RawBlock? NextKept(int index)
    {
        for (var i = index + 1; i < Blocks.Count; i++)
        {
            if (!Blocks[i].Removed)
            {
                return Blocks[i];
            }
        }
        return null;
    }

    /// <summary>The last block before <paramref name="index"/> that is not removed, or null.</summary>
    public RawBlock? PreviousKept(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (!Blocks[i].Removed)
            {
                return Blocks[i];
            }
        }
        return null;
    }
}
