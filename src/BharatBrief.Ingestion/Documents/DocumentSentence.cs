namespace BharatBrief.Ingestion.Documents;

/// <summary>A sentence of a block: the unit every extracted fact cites as its evidence.</summary>
/// <param name="Index">Position among the document's sentences, from 0; stable for a given text.</param>
/// <param name="BlockIndex">The block the sentence belongs to.</param>
/// <param name="Span">Where the sentence sits in <see cref="ArticleDocument.Text"/>.</param>
/// <param name="Text">The sentence as a reader would quote it: markup removed, whitespace collapsed.</param>
public sealed record DocumentSentence(int Index, int BlockIndex, TextSpan Span, string Text);
