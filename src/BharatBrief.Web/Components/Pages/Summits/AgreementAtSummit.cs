using BharatBrief.Ingestion.Records;

namespace BharatBrief.Web.Components.Pages.Summits;

/// <summary>An agreement signed or announced at a summit.</summary>
public sealed record AgreementAtSummit(string Slug, string Name, AgreementKind Kind, AgreementStatus Status, string? Date);
