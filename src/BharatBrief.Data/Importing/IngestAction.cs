namespace BharatBrief.Data.Importing;

/// <summary>What the importer did with one article.</summary>
public enum IngestAction
{
    /// <summary>Stored as a new article.</summary>
    Ingested,

    /// <summary>Stored before with other text, metadata or parser: its facts were replaced, its Id and slug kept.</summary>
    Updated,

    /// <summary>Stored before with the same text, metadata and parser: nothing changed.</summary>
    Unchanged,

    /// <summary>Not stored; the outcome gives the reason.</summary>
    Skipped,
}
