namespace BharatBrief.Ingestion;

public enum ArticleFormat
{
    /// <summary>Plain text as news sites give it: no markup, sometimes pipe tables and dash lists.</summary>
    PlainText,

    /// <summary>An editor's brief written in Markdown.</summary>
    Markdown,
}
