using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>How the kinds of meeting relate: which is more specific, and which can describe the same meeting.</summary>
public static class SummitKinds
{
    /// <summary>The more specific of two kinds: an annual summit is also a visit and a meeting, never the other way round.</summary>
    public static SummitKind MoreSpecific(SummitKind a, SummitKind b) => (SummitKind)Math.Min((int)a, (int)b);

    /// <summary>
    /// Whether two kinds can name one meeting. A phone call is never a visit, and a meeting at a multilateral forum
    /// is not the bilateral summit; visits, talks, informal meetings and the annual summit can all be one meeting.
    /// </summary>
    public static bool AreCompatible(SummitKind a, SummitKind b) => ClassOf(a) == ClassOf(b);

    /// <summary>
    /// As <see cref="AreCompatible(SummitKind, SummitKind)"/>, and talks held alongside a forum in the same city (the 20th
    /// annual summit at the Eastern Economic Forum in Vladivostok) are one meeting with the forum's.
    /// </summary>
    public static bool AreCompatible(SummitKind a, string? cityA, SummitKind b, string? cityB) =>
        AreCompatible(a, b)
        || (cityA is not null && cityA == cityB && a != SummitKind.PhoneCall && b != SummitKind.PhoneCall)
        || ((a, b) is (SummitKind.AnnualSummit, SummitKind.Multilateral) or (SummitKind.Multilateral, SummitKind.AnnualSummit) && (cityA is null || cityB is null));

    /// <summary>The kind to show: a forum makes a meeting multilateral, unless it is the annual summit held alongside it.</summary>
    public static SummitKind Shown(SummitKind kind, string? forum) =>
        forum is not null && kind != SummitKind.AnnualSummit ? SummitKind.Multilateral : kind;

    private static int ClassOf(SummitKind kind) => kind switch
    {
        SummitKind.PhoneCall => 1,
        SummitKind.Multilateral => 2,
        _ => 0,
    };
}
