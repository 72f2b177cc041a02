namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// One structural unit of an article body: its title, lede, a heading, a paragraph, a list item or a table row.
/// </summary>
/// <param name="Index">Position among the document's blocks, from 0.</param>
/// <param name="Kind">What the block is.</param>
/// <param name="Span">Where the block sits in <see cref="ArticleDocument.Text"/>, markup included.</param>
/// <param name="Text">The block's readable text: markup and list markers removed, whitespace collapsed.</param>
/// <param name="Section">Index of the heading block this block falls under, or -1 before the first heading.</param>
/// <param name="ListOrdinal">The number of an item in a numbered list ("2." gives 2), otherwise null.</param>
public sealed record DocumentBlock(int Index, BlockKind Kind, TextSpan Span, string Text, int Section, int? ListOrdinal = null);
