namespace BharatBrief.Data.Entities;

/// <summary>Where the ingestion worker reads articles from.</summary>
public enum IngestionSourceKind
{
    /// <summary>A folder of article files (.txt, .md, with sidecars and manifests).</summary>
    Inbox,

    /// <summary>An Atom or RSS feed.</summary>
    Feed,
}
