using BharatBrief.Ingestion.Merging;

namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>A freshly merged summit or agreement as a row to store, with what deciding its Id, slug and themes takes.</summary>
/// <param name="MakeRow">Makes its values when it is written (one row at a time: an agreement's history is large); Id and slug are given then.</param>
/// <param name="Mentions">The mentions merged into it.</param>
/// <param name="NaturalSlug">The slug it gets if it is new.</param>
/// <param name="Themes">Its theme slugs.</param>
/// <param name="PinnedTo">The stored row editors pinned its mentions to, which it continues whatever the overlap.</param>
internal sealed record MergedRow<TRow>(Func<CancellationToken, Task<TRow>> MakeRow, IReadOnlyList<MentionRef> Mentions, string NaturalSlug, IReadOnlyList<string> Themes, int? PinnedTo = null);
