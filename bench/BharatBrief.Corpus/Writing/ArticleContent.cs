namespace BharatBrief.Corpus.Writing;

/// <summary>Everything an article says, before a layout gives it a shape.</summary>
/// <param name="Opening">The paragraphs right after the lede, before any heading.</param>
/// <param name="Closing">The last word of the article, before any boilerplate.</param>
public sealed record ArticleContent(string Title, string Lede, IReadOnlyList<Block> Opening, IReadOnlyList<Section> Sections, FactBox? FactBox, string Closing)
{
    public int Length => Title.Length + Lede.Length + Closing.Length + Opening.Sum(block => block.Length) + Sections.Sum(section => section.Length) + (FactBox?.Length ?? 0);
}
