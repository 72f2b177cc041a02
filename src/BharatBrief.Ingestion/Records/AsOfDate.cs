using BharatBrief.Ingestion.Dates;

namespace BharatBrief.Ingestion.Records;

/// <summary>The date an article's relative expressions are read against, and how it was found.</summary>
/// <param name="Value">The date at the precision the evidence supports, or null when nothing supports one.</param>
/// <param name="Basis">How it was found: "published date", "latest explicit date in text", "mentions the 2025 summit as upcoming", …</param>
/// <param name="IsLowerBound">
/// True when <paramref name="Value"/> is only the latest date the text mentions: the article was written then or
/// later, and what other sources know of the meetings it reports may move it forward.
/// </param>
public sealed record AsOfDate(PartialDate? Value, string Basis, bool IsLowerBound = false)
{
    public const string LatestInText = "latest explicit date in text";
    public const string LatestIsNewsOfTheLead = "latest explicit date in text, the day of the news its lead reports";
    public const string LatestIsNewsOfTheMeeting = "latest explicit date in text, the day of the meeting the article reports";

    /// <summary>
    /// True for a lower bound that is the day of the news the article reports (its lead's event, or its main meeting):
    /// such a story is written within days of it, and its "on Friday" or "later this year" count from it.
    /// </summary>
    public bool IsDateOfTheNews => IsLowerBound && Basis is LatestIsNewsOfTheLead or LatestIsNewsOfTheMeeting;

    /// <summary>
    /// True when dates counted from this one ("last month", "on Friday") can be trusted: a date the page states, one
    /// inferred from its events, or the day of the news it reports, but not a mere lower bound.
    /// </summary>
    public bool CountsRelativeDates => Value is not null && (!IsLowerBound || IsDateOfTheNews);

    public const string YearInferredFromEvents = "year inferred from the events the text reports";
    public const string AnnouncedWithoutItsYear = "a date given without its year";

    /// <summary>
    /// True when the year is only the earliest the text allows: a lower bound, or a day given without its year and put
    /// in the first year after the events the text reports. What other sources know of its meeting may move it later.
    /// </summary>
    public bool YearIsOnlyTheEarliest => IsLowerBound || Basis.EndsWith(YearInferredFromEvents, StringComparison.Ordinal)
        || Basis.EndsWith(AnnouncedWithoutItsYear, StringComparison.Ordinal);

    public const string DatelineWithoutAYear = "dateline without a year";
    public const string StampWithoutAYear = "date stamp without a year";

    /// <summary>
    /// True when the page gives the day and month of its writing (a dateline or stamp without the year) and only the
    /// year is inferred: a date counted from it is either right or off by whole years, never by days or months.
    /// </summary>
    public bool StatesItsDayWithoutTheYear => Value is { Precision: DatePrecision.Day } && !IsLowerBound
        && (Basis.StartsWith(DatelineWithoutAYear, StringComparison.Ordinal) || Basis.StartsWith(StampWithoutAYear, StringComparison.Ordinal));

    public static readonly AsOfDate Unknown = new(null, "no date in text");

    public const string Published = "published date";
    public const string StampedInText = "published date stated in the text";
    public const string DateLineAtTop = "date line at the top";
    public const string DateLineAtFoot = "date line at the foot";
    public const string InDateline = "date in the dateline";

    private static readonly HashSet<string> StatedBases = [Published, StampedInText, DateLineAtTop, DateLineAtFoot, InDateline];

    /// <summary>True when the page itself states the date in full; false when it was inferred from what the text reports.</summary>
    public bool IsStated => Value is not null && !IsLowerBound && StatedBases.Contains(Basis);

    public override string ToString() => Value is { } value ? $"{value} ({Basis})" : $"unknown ({Basis})";
}
