namespace BharatBrief.Ingestion.Documents;

/// <summary>A block as a reader found it, and then what the document-wide passes decide it is.</summary>
internal sealed class RawBlock
{
    public required RawBlockKind Kind { get; init; }

    /// <summary>Where the block sits in the body, markup included.</summary>
    public required TextSpan Span { get; set; }

    /// <summary>The block's readable text; narrowed when a dateline or a promotional tail is cut off.</summary>
    public required ReadableRange Readable { get; set; }

    /// <summary>The number of a numbered list line ("2." gives 2).</summary>
    public int? Ordinal { get; init; }

    /// <summary>The heading level markup declares (1 for "#").</summary>
    public int Level { get; init; }

    /// <summary>True when a blank line (or the end) follows the block.</summary>
    public bool FollowedByBlank { get; set; }

    /// <summary>True when the readable text was led by an emoji or pictograph in the source.</summary>
    public bool DecorationLed { get; init; }

    /// <summary>A Markdown paragraph written wholly in bold, the way briefs mark an unnumbered heading.</summary>
    public bool WhollyStrong { get; init; }

    public TableRowCells? Cells { get; init; }

    /// <summary>The block's kind once decided; null while undecided.</summary>
    public BlockKind? Decided { get; set; }

    /// <summary>True when the block is left out: boilerplate, a table-of-contents line, a table header.</summary>
    public bool Removed { get; set; }

    /// <summary>The caption of the table this row belongs to.</summary>
    public string? Caption { get; set; }

    public bool IsNumbered => Ordinal is not null;

    /// <summary>Whether the text has the form of a heading, once asked (see <see cref="HeadingShape"/>).</summary>
    public bool? HeadingShaped { get; set; }
}
