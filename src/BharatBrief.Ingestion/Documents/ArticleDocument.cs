namespace BharatBrief.Ingestion.Documents;

/// <summary>The structure of one article: what the segmenter makes of its text before any extraction.</summary>
/// <param name="Text">The normalised body (no byte-order mark, LF line ends, front matter removed); every span points into it.</param>
/// <param name="Title">The title given or, when the text has none, one derived from the lede.</param>
/// <param name="TitleIsDerived">True when no title line was found and <paramref name="Title"/> was made from the lede.</param>
/// <param name="Lede">The opening paragraph that summarises the story.</param>
/// <param name="Dateline">The wire-style dateline, when the story opens with one.</param>
/// <param name="Blocks">Title, lede, headings, paragraphs, list items and table rows, in reading order; table-of-contents lines and boilerplate are not blocks.</param>
/// <param name="Sentences">The sentences of all blocks, in reading order.</param>
/// <param name="Facts">Key–value rows of two-column tables.</param>
/// <param name="TableOfContents">The section headings listed at the top of some articles, recognised because they repeat later as headings.</param>
/// <param name="DroppedBoilerplate">Lines recognised as boilerplate and left out of the body, in reading order: trailing plugs and widgets (newsletter plugs, "Comments"), interstitials anywhere ("Advertisement", "Also read: …") and a byline at the top.</param>
/// <param name="FrontMatter">Metadata given with the article.</param>
public sealed record ArticleDocument(
    string Text,
    string Title,
    bool TitleIsDerived,
    string? Lede,
    Dateline? Dateline,
    IReadOnlyList<DocumentBlock> Blocks,
    IReadOnlyList<DocumentSentence> Sentences,
    IReadOnlyList<KeyValueFact> Facts,
    IReadOnlyList<string> TableOfContents,
    IReadOnlyList<string> DroppedBoilerplate,
    FrontMatter FrontMatter)
{
    public DocumentBlock BlockOf(DocumentSentence sentence) => Blocks[sentence.BlockIndex];
}
