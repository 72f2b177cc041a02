using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Records;

/// <summary>Everything the pipeline makes of one article: its structure and every fact with its evidence.</summary>
/// <param name="Slug">A URL-safe name made from the title; the store makes it unique.</param>
/// <param name="Title">The given or derived title.</param>
/// <param name="Format">Plain text or Markdown.</param>
/// <param name="SourceName">The file name it came from; null for editors' briefs.</param>
/// <param name="ContentHash">SHA-256 of the input text, hex; unchanged text gives the same hash.</param>
/// <param name="PublishedOn">The published date when given.</param>
/// <param name="AsOf">The date relative expressions were read against.</param>
/// <param name="WordCount">Words in the body.</param>
/// <param name="Document">The article's structure.</param>
/// <param name="Summits">Leaders' meetings it mentions, one per meeting.</param>
/// <param name="Agreements">Agreements it names, one per agreement.</param>
/// <param name="Themes">Themes ranked by weight, heaviest first.</param>
/// <param name="Figures">Numeric claims.</param>
/// <param name="Entities">People, places, venues, organisations and forums named.</param>
/// <param name="IsAboutIndiaAndRussia">False when the text says nothing about the two countries together.</param>
/// <param name="Warnings">What a reader of the ingestion log should know about this article.</param>
public sealed record ParsedArticle(
    string Slug,
    string Title,
    ArticleFormat Format,
    string? SourceName,
    string ContentHash,
    PartialDate? PublishedOn,
    AsOfDate AsOf,
    int WordCount,
    ArticleDocument Document,
    IReadOnlyList<SummitMention> Summits,
    IReadOnlyList<AgreementMention> Agreements,
    IReadOnlyList<ThemeWeight> Themes,
    IReadOnlyList<FigureMention> Figures,
    IReadOnlyList<EntityMention> Entities,
    bool IsAboutIndiaAndRussia,
    IReadOnlyList<string> Warnings)
{
    public string? Lede => Document.Lede;
}
