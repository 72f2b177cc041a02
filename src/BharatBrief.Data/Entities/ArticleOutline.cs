namespace BharatBrief.Data.Entities;

/// <summary>
/// The block and sentence structure of an article, as spans into <see cref="Article.Body"/>, so that pages can render
/// sentences with anchors (evidence links point at sentence indexes) without parsing the article again.
/// </summary>
/// <param name="Blocks">Title, lede, headings, paragraphs, list items, table rows and quotes, in reading order.</param>
/// <param name="Sentences">Every sentence, in reading order; a sentence's position is its index.</param>
/// <param name="Dateline">Where the wire-style dateline sits, when the story opens with one.</param>
public sealed record ArticleOutline(IReadOnlyList<OutlineBlock> Blocks, IReadOnlyList<OutlineSentence> Sentences, OutlineSpan? Dateline);
