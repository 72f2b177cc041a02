using BharatBrief.Data.Entities;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Web.Components.Pages.Articles;

/// <summary>An agreement the article names, the agreement it was merged into (when any), and the sentences that name it.</summary>
public sealed record AgreementInArticle(
    string Name, IReadOnlyList<string> Aliases, string? Slug, string? MergedName, AgreementStatus Status, IReadOnlyList<StoredEvidence> Evidence);
