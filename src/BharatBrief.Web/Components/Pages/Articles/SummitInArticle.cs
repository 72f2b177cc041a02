using BharatBrief.Data.Entities;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Web.Components.Pages.Articles;

/// <summary>A meeting the article mentions, the summit it was merged into (when any), and the sentences that mention it.</summary>
public sealed record SummitInArticle(
    string? Slug, string? Title, SummitStatus Status, string? Start, string? End, string? DateText, IReadOnlyList<StoredEvidence> Evidence);
