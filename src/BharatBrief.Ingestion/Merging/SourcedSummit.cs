using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Merging;

/// <summary>One article's mention of a meeting, with its dates read against the article's (possibly refined) as-of date.</summary>
internal sealed record SourcedSummit(MentionRef Ref, SummitMention Mention, AsOfDate AsOf, DateRange? Dates)
{
    public string? HostCountry => Mention.Country;

    /// <summary>True when the mention says nothing that could tell its meeting from another: no date, place, number or forum.</summary>
    public bool IsFeatureless => Dates is null && Mention.City is null && Mention.Country is null && Mention.Ordinal is null && Mention.Forum is null;

    /// <summary>
    /// True when the mention places its meeting in a year at most (or in a month counted from a story date that was only
    /// inferred) and says nothing else that tells it apart (no place, number or forum) and is not an annual summit, of
    /// which there is one a year: "they spoke by telephone in 2020".
    /// Such a mention joins a meeting that other evidence establishes; alone it is no summit of the record.
    /// </summary>
    public bool IsWeak => Mention.Kind != SummitKind.AnnualSummit
        && (Dates is null || Dates.Start.Precision <= DatePrecision.Year || IsAMonthCountedFromAGuess)
        && Mention.City is null && Mention.Country is null && Mention.Ordinal is null && Mention.Forum is null && Mention.Venue is null;

    // "They spoke by phone in March last year", in a story whose own date was inferred: the month is only as good as the guess.
    private bool IsAMonthCountedFromAGuess =>
        Dates is { Start.Precision: DatePrecision.Month } && Mention.Date is { DependsOnAsOf: true } && AsOf.YearIsOnlyTheEarliest && !AsOf.IsDateOfTheNews;

    /// <summary>
    /// True for a meeting dated only by a day of its story's week ("lands in Moscow on Monday") that its article's date,
    /// a lower bound, cannot count: the meeting lies within the week of the story, whenever that was.
    /// </summary>
    public bool IsInTheStoryWeek { get; private init; }

    /// <summary>
    /// False for a report whose date was counted from a story date whose year is only the earliest its text allows ("landed
    /// in Chennai today" under a dateline without its year, or "last month" after a mere lower bound): whatever it places,
    /// it may place another meeting than the one it was merged into. A story dated by the news it reports (the day of its
    /// lead's event, or the meeting it announces) counts its dates from that news, and places credibly.
    /// </summary>
    public bool PlacesCredibly => Mention.Date is not { DependsOnAsOf: true } || !AsOf.YearIsOnlyTheEarliest || AsOf.IsDateOfTheNews
        || AsOf.Basis.EndsWith(AsOfDate.AnnouncedWithoutItsYear, StringComparison.Ordinal);

    /// <summary>"On 21 July 2025": dated by a date the text gives with its year, neither counted from the article's date nor lent by the forum calendar.</summary>
    public bool IsDatedInFull => Mention.Date is { DependsOnAsOf: false } date && Dates is not null && !ForumCalendar.IsCalendarDate(date) && !TakesItsYearFromTheForumCalendar;

    /// <summary>
    /// "The SCO summit, which opens in Astana on 7 June": a day whose text gives no year, put in the year the forum last met
    /// in that city in that month. The year is the calendar's guess, not the text's, and a forum may meet in a city again.
    /// </summary>
    public bool TakesItsYearFromTheForumCalendar { get; private init; }

    /// <summary>How much the mention says, so that the most telling mentions found clusters first.</summary>
    public int Informativeness =>
        (Mention.Ordinal is not null ? 8 : 0) + (Dates is null ? 0 : (int)Dates.Start.Precision * 2) + (Mention.City is not null ? 3 : 0)
        + (Mention.Venue is not null ? 1 : 0) + (Mention.Country is not null ? 1 : 0);

    /// <param name="reference">The mention's article and position.</param>
    /// <param name="mention">What the article says.</param>
    /// <param name="asOf">The date to read its relative dates against.</param>
    /// <param name="asOfRefined">True when <paramref name="asOf"/> is not the one the article was read with: its relative dates are read again.</param>
    public static SourcedSummit Read(MentionRef reference, SummitMention mention, AsOfDate asOf, bool asOfRefined)
    {
        var dates = mention.Date switch
        {
            null => null,
            // Counted from a date the article was written on or after: "last year" could be any year since.
            { DependsOnAsOf: true } when !asOf.CountsRelativeDates => null,
            { Resolved: { } resolved } when !asOfRefined => resolved,
            { DependsOnAsOf: true, Text: var text } date when DateGrammar.ParseExact(text) is { } expression =>
                DateResolver.Resolve(expression, asOf.Value, date.Orientation) is { } range ? KeepEnd(range, date.Resolved) : null,
            var date => date.Resolved,
        };
        return new SourcedSummit(reference, mention, asOf, dates)
        {
            IsInTheStoryWeek = asOf.IsLowerBound && mention.Date is { Resolved: null } unresolved && IsDayOfTheStoryWeek(unresolved.Text),
            TakesItsYearFromTheForumCalendar = mention.Forum is not null && mention.Date is { DependsOnAsOf: false, Resolved: not null } fixedDate
                && DateGrammar.ParseExact(fixedDate.Text) is { } written && DateResolver.DependsOnAsOf(written),
        };
    }

    private static bool IsDayOfTheStoryWeek(string phrase) =>
        DateGrammar.ParseExact(phrase) is WeekdayDate { WeekOffset: 0 } or RelativeDay { Offset: >= -1 and <= 1 } or RelativeWeek { Offset: 0 };

    // A re-read yearless date keeps the span of days its article gave it ("a two-day visit" from December 4).
    private static DateRange KeepEnd(DateRange range, DateRange? original) =>
        range.End is null && original?.End is { } end && original.Start.Precision == DatePrecision.Day && range.Start.Precision == DatePrecision.Day
            ? range with { End = PartialDate.OfDay(range.Start.FirstDay.AddDays(end.FirstDay.DayNumber - original.Start.FirstDay.DayNumber)) }
            : range;
}
