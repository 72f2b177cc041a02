namespace BharatBrief.Data.Importing;

/// <summary>Counts a run's outcomes as they come, for progress and the final report.</summary>
internal sealed class IngestTally(int total)
{
    private readonly List<SkippedFile> _skipped = [];
    private readonly List<FileWarning> _warnings = [];
    private int _ingested;
    private int _updated;
    private int _unchanged;

    public int Processed { get; private set; }

    public void Add(IngestOutcome outcome)
    {
        Processed++;
        switch (outcome.Action)
        {
            case IngestAction.Ingested:
                _ingested++;
                break;
            case IngestAction.Updated:
                _updated++;
                break;
            case IngestAction.Unchanged:
                _unchanged++;
                break;
            default:
                _skipped.Add(new SkippedFile(outcome.Name, outcome.Reason ?? "skipped"));
                break;
        }
        if (outcome.Action != IngestAction.Skipped)
        {
            _warnings.AddRange(outcome.Warnings.Select(warning => new FileWarning(outcome.Name, warning)));
        }
    }

    /// <summary>Warnings about the run's inputs as a whole (a folder manifest's rows).</summary>
    public void AddWarnings(IEnumerable<FileWarning> warnings) => _warnings.AddRange(warnings);

    public IngestProgress Progress(IngestStage stage, TimeSpan elapsed) => new(stage, Processed, total, elapsed);

    public IngestReport ToReport(StoreCounts store, TimeSpan duration) => new()
    {
        Read = total,
        Ingested = _ingested,
        Updated = _updated,
        Unchanged = _unchanged,
        Skipped = [.. _skipped],
        Warnings = [.. _warnings],
        Summits = store.Summits,
        Agreements = store.Agreements,
        ThemesUsed = store.ThemesUsed,
        Figures = store.Figures,
        Conflicts = store.Conflicts,
        Duration = duration,
    };
}
