namespace BharatBrief.Data.Entities;

/// <summary>
/// What the ingestion worker last took in from one item of a source (a file of the inbox, an entry of a feed): its
/// hash, so that an item seen before with the same content is never read or ingested again.
/// </summary>
public sealed class IngestionItem
{
    public int Id { get; set; }

    /// <summary>The source's key: <c>inbox</c>, or <c>feed:</c> and the feed's address.</summary>
    public required string Source { get; set; }

    /// <summary>The file name, or the feed entry's id (else its link).</summary>
    public required string Key { get; set; }

    /// <summary>SHA-256 of what was taken in: a file's bytes, or an entry's text and metadata.</summary>
    public required string ContentHash { get; set; }

    /// <summary>A file's size and last write when hashed: while both stay, the file is not read again.</summary>
    public long? FileLength { get; set; }

    public DateTime? FileWrittenAt { get; set; }

    /// <summary>What the importer did with it last: ingested, updated, unchanged or the skip reason.</summary>
    public required string Outcome { get; set; }

    public DateTime FirstSeenAt { get; set; }

    public DateTime LastChangedAt { get; set; }
}
