namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>
/// An editor's review of a summit or an agreement, kept as a field override so that it outlasts every re-ingest:
/// confirmed facts are shown as certain, rejected ones are shown nowhere readers look.
/// </summary>
public static class ReviewFields
{
    public const string Review = "review";
    public const string Confirmed = "confirmed";
    public const string Rejected = "rejected";

    public const string ConfirmedNote = "confirmed by an editor";
    public const string RejectedNote = "rejected by an editor";

    internal static void Apply(string? decision, double computed, Action<IReadOnlyList<string>> setNotes, Action<double> setScore)
    {
        switch (decision)
        {
            case Confirmed:
                setScore(1.0);
                setNotes([ConfirmedNote]);
                break;
            case Rejected:
                setScore(0.0);
                setNotes([RejectedNote]);
                break;
            default:
                setScore(computed);
                break;
        }
    }
}
