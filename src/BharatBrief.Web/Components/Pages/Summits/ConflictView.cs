namespace BharatBrief.Web.Components.Pages.Summits;

/// <summary>A field sources disagree on, with each side.</summary>
public sealed record ConflictView(string Field, IReadOnlyList<ClaimView> Claims);
