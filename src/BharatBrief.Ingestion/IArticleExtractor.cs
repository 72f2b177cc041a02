namespace BharatBrief.Ingestion;

/// <summary>
/// One step of the pipeline: reads what the document and the earlier steps hold in the context and adds its own
/// findings to it. Implementations keep no per-article state, so one instance serves every article on every thread.
/// </summary>
public interface IArticleExtractor
{
    void Extract(ExtractionContext context);
}
