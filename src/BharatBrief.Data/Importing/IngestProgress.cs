namespace BharatBrief.Data.Importing;

/// <summary>Where a run is: reported after every article and at each stage.</summary>
/// <param name="Stage">What the run is doing.</param>
/// <param name="Processed">Files dealt with so far (stored, unchanged or skipped).</param>
/// <param name="Total">Files in the folder.</param>
/// <param name="Elapsed">Time since the run started.</param>
public sealed record IngestProgress(IngestStage Stage, int Processed, int Total, TimeSpan Elapsed);
