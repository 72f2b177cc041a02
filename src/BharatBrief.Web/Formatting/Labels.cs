using BharatBrief.Ingestion.Extractors.Themes;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Web.Formatting;

/// <summary>Words readers see for the domain's slugs (docs/domain.md).</summary>
public static class Labels
{
    public static string Of(SummitKind kind) => kind switch
    {
        SummitKind.AnnualSummit => "Annual summit",
        SummitKind.StateVisit => "State visit",
        SummitKind.InformalSummit => "Informal summit",
        SummitKind.Multilateral => "Multilateral",
        SummitKind.PhoneCall => "Phone call",
        _ => "Meeting",
    };

    public static string Of(SummitStatus status) => status switch
    {
        SummitStatus.Planned => "Planned",
        SummitStatus.Cancelled => "Cancelled",
        _ => "Held",
    };

    public static string Of(AgreementKind kind) => kind switch
    {
        AgreementKind.Mou => "MoU",
        AgreementKind.CreditLine => "Credit line",
        _ => kind.ToString(),
    };

    public static string Of(AgreementStatus status) => status switch
    {
        AgreementStatus.UnderNegotiation => "Under negotiation",
        AgreementStatus.InForce => "In force",
        _ => status.ToString(),
    };

    /// <summary>A theme's name, or the slug itself when it is not in the taxonomy.</summary>
    public static string Theme(string slug) => ThemeTaxonomy.Find(slug)?.Name ?? slug;

    /// <summary>A status slug ("under-negotiation") in words, whichever kind of thing it belongs to.</summary>
    public static string Status(string? slug) =>
        Slugs.TryParse(slug, out SummitStatus summit) ? Of(summit)
        : Slugs.TryParse(slug, out AgreementStatus agreement) ? Of(agreement)
        : slug ?? "";

    /// <summary>A kind slug ("annual-summit", "mou") in words, whichever kind of thing it belongs to.</summary>
    public static string Kind(string? slug) =>
        Slugs.TryParse(slug, out SummitKind summit) ? Of(summit)
        : Slugs.TryParse(slug, out AgreementKind agreement) ? Of(agreement)
        : slug ?? "";

    /// <summary>"1st", "22nd", "23rd".</summary>
    public static string Ordinal(int number) => BharatBrief.Ingestion.Merging.SummitTitles.Ordinal(number);

    /// <summary>"1 source", "3 sources".</summary>
    public static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
