using BharatBrief.Ingestion;
using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Data.Importing;

/// <summary>How the importer reads and writes; the defaults suit a folder of news articles on a small machine.</summary>
public sealed class ImportOptions
{
    /// <summary>Files larger than this are skipped unread. Default 2 MB: a long news article is under 100 KB.</summary>
    public long MaxFileBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>
    /// Articles committed per transaction, pending until the run's consolidation. A failure that stops a run loses at
    /// most the articles of one batch; from its first changed article on, a run commits only with its consolidation.
    /// </summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Articles parsed at once; writing is always on one thread.</summary>
    public int ParseThreads { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// Articles parsed ahead of the writer. While a batch commits (tens of milliseconds: the batch's search index and
    /// its pages) the parsers go on filling these; with a handful only, they stop and wait for every commit.
    /// </summary>
    public int ParseAhead { get; set; } = 32;

    /// <summary>
    /// Consolidated rows written per save, and agreement mention rows whose status quotes are read back per query when
    /// an agreement's history is written. Consolidation holds at most this many of either at once.
    /// </summary>
    public int ConsolidationBatchSize { get; set; } = 1000;

    /// <summary>Identifies the parser build; an article stored by another build is parsed again even when its text is unchanged.</summary>
    public string PipelineVersion { get; set; } = PipelineVersions.Current;

    /// <summary>Turns an article into records: the default pipeline unless replaced (a pipeline with other gazetteers, a test double).</summary>
    public Func<ArticleSource, ParsedArticle> Parse { get; set; } = source => ArticlePipeline.Default.Parse(source);

    /// <summary>Merges every stored article's mentions: the <see cref="Consolidator"/> unless replaced.</summary>
    public Func<IReadOnlyList<ArticleFacts>, ConsolidationDirectives, Consolidation> Consolidate { get; set; } = Consolidator.Consolidate;
}
