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

    private static int ClassOf(SummitKind kind) => kind switch
    {
        SummitKind.PhoneCall => 1,
        SummitKind.Multilateral => 2,
        _ => 0,
    };
}
