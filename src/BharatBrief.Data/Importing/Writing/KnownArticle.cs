namespace BharatBrief.Data.Importing.Writing;

/// <summary>What the importer needs to know of a stored article to decide unchanged, duplicate or update.</summary>
internal sealed record KnownArticle(
    int Id,
    string Slug,
    string? SourceName,
    int? BriefId,
    string ContentHash,
    string? MetadataHash,
    string PipelineVersion,
    DateTime IngestedAt)
{
    public bool IsSame(string contentHash, string? metadataHash, string pipelineVersion) =>
        ContentHash == contentHash && MetadataHash == metadataHash && PipelineVersion == pipelineVersion;
}
