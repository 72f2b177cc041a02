using BharatBrief.Ingestion.Records;

namespace BharatBrief.Web.Components.Pages.Agreements;

/// <summary>One agreement as the register lists it.</summary>
public sealed record RegisterRow(
    string Slug, string Name, IReadOnlyList<string> Aliases, AgreementKind Kind, AgreementStatus Status, string? Date,
    string? SummitSlug, string? SummitTitle, IReadOnlyList<string> Themes, int SourceCount);
