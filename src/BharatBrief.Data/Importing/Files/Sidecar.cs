using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Data.Importing.Files;

/// <summary>The metadata file beside an article, as read.</summary>
/// <param name="Metadata">Its values; null when there is no sidecar or it could not be read.</param>
/// <param name="Hash">Hash of its text; null when there is none.</param>
/// <param name="Warning">Why it was ignored, when it was.</param>
internal sealed record Sidecar(FrontMatter? Metadata, string? Hash, string? Warning);
