using BharatBrief.Data.Entities;

namespace BharatBrief.Data.Export;

/// <summary>A mention row's evidence and the consolidated summit or agreement it belongs to.</summary>
internal sealed record MentionEvidence(int OwnerId, int ArticleId, int Index, IReadOnlyList<StoredEvidence> Evidence);
