namespace BharatBrief.Data.Importing;

/// <summary>A file the importer did not store, and why.</summary>
public sealed record SkippedFile(string File, string Reason);
