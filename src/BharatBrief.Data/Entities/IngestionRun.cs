namespace BharatBrief.Data.Entities;

/// <summary>
/// One pass of the ingestion worker over one source (its inbox folder or one feed): when, what came in, what was
/// stored, skipped or failed. Editors read these on the editors' desk.
/// </summary>
public sealed class IngestionRun
{
    public int Id { get; set; }

    public IngestionSourceKind Kind { get; set; }

    /// <summary>The source as editors know it: the inbox folder, or the feed's address without credentials or query.</summary>
    public required string Source { get; set; }

    /// <summary>The worker that ran it (machine and process id), to tell several workers apart.</summary>
    public required string Worker { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime FinishedAt { get; set; }

    /// <summary>False when the source could not be read or the store refused the run; <see cref="Error"/> says why.</summary>
    public bool Succeeded { get; set; }

    /// <summary>Items the source held: article files in the inbox, entries in the feed.</summary>
    public int Received { get; set; }

    public int Ingested { get; set; }

    public int Updated { get; set; }

    /// <summary>Items seen before with the same text and metadata: not read again.</summary>
    public int Unchanged { get; set; }

    /// <summary>Items not stored for a reason of their own (malformed, too large, duplicate, not about India and Russia).</summary>
    public int Skipped { get; set; }

    /// <summary>Items the store refused; they are tried again on the next run.</summary>
    public int Failed { get; set; }

    /// <summary>Why the run failed, in one line without addresses' credentials; null when it succeeded.</summary>
    public string? Error { get; set; }

    /// <summary>The skipped and failed items with their reasons (the first <see cref="IngestionRunProblem.MaxPerRun"/>).</summary>
    public List<IngestionRunProblem> Problems { get; set; } = [];
}
