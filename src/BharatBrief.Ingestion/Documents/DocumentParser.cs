namespace BharatBrief.Ingestion.Documents;

/// <summary>Splits an article into title, lede, headings, paragraphs, list items, table rows and sentences.</summary>
public static class DocumentParser
{
    public static ArticleDocument Parse(string text, ArticleFormat format, FrontMatter? metadata = null) => throw new NotImplementedException();
}
