using System.Collections.Frozen;

namespace BharatBrief.Ingestion.Records;

/// <summary>The slugs docs/domain.md gives the enumerations, used in URLs, the database and the export.</summary>
public static class Slugs
{
    private static readonly FrozenDictionary<SummitKind, string> SummitKinds = new Dictionary<SummitKind, string>
    {
        [SummitKind.AnnualSummit] = "annual-summit",
        [SummitKind.StateVisit] = "state-visit",
        [SummitKind.InformalSummit] = "informal-summit",
        [SummitKind.Multilateral] = "multilateral",
        [SummitKind.PhoneCall] = "phone-call",
        [SummitKind.Meeting] = "meeting",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<SummitStatus, string> SummitStatuses = new Dictionary<SummitStatus, string>
    {
        [SummitStatus.Planned] = "planned",
        [SummitStatus.Held] = "held",
        [SummitStatus.Cancelled] = "cancelled",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<AgreementKind, string> AgreementKinds = new Dictionary<AgreementKind, string>
    {
        [AgreementKind.Treaty] = "treaty",
        [AgreementKind.Agreement] = "agreement",
        [AgreementKind.Contract] = "contract",
        [AgreementKind.Mou] = "mou",
        [AgreementKind.Programme] = "programme",
        [AgreementKind.Commitment] = "commitment",
        [AgreementKind.Mechanism] = "mechanism",
        [AgreementKind.CreditLine] = "credit-line",
        [AgreementKind.Offer] = "offer",
        [AgreementKind.Project] = "project",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<AgreementStatus, string> AgreementStatuses = new Dictionary<AgreementStatus, string>
    {
        [AgreementStatus.Proposed] = "proposed",
        [AgreementStatus.UnderNegotiation] = "under-negotiation",
        [AgreementStatus.Agreed] = "agreed",
        [AgreementStatus.Signed] = "signed",
        [AgreementStatus.Ratified] = "ratified",
        [AgreementStatus.InForce] = "in-force",
    }.ToFrozenDictionary();

    public static string ToSlug(this SummitKind value) => SummitKinds[value];

    public static string ToSlug(this SummitStatus value) => SummitStatuses[value];

    public static string ToSlug(this AgreementKind value) => AgreementKinds[value];

    public static string ToSlug(this AgreementStatus value) => AgreementStatuses[value];

    public static bool TryParse(string? slug, out SummitKind value) => TryFind(SummitKinds, slug, out value);

    public static bool TryParse(string? slug, out SummitStatus value) => TryFind(SummitStatuses, slug, out value);

    public static bool TryParse(string? slug, out AgreementKind value) => TryFind(AgreementKinds, slug, out value);

    public static bool TryParse(string? slug, out AgreementStatus value) => TryFind(AgreementStatuses, slug, out value);

    private static bool TryFind<T>(FrozenDictionary<T, string> slugs, string? slug, out T value)
        where T : struct, Enum
    {
        foreach (var (key, candidate) in slugs)
        {
            if (string.Equals(candidate, slug, StringComparison.OrdinalIgnoreCase))
            {
                value = key;
                return true;
            }
        }
        value = default;
        return false;
    }
}
