using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Dates.Resolving;
using BharatBrief.Ingestion.Extractors.Dates;
using BharatBrief.Ingestion.Extractors.Summits;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.AsOf;

/// <summary>
/// Decides the date an article's relative expressions are read against: the published date when given, else a dated
/// dateline, else the latest date the text mentions in a clause that does not look ahead (a lower bound, which later
/// steps may move forward). A yearless day announced as upcoming ("set to arrive on December 4") dates the story to
/// the weeks before it, because news gives the year only when the event is not imminent.
/// </summary>
public sealed partial class AsOfExtractor : IArticleExtractor
{
    private const int ImminenceDays = 14;

    public void Extract(ExtractionContext context)
    {
        if (context.PublishedOn is { } published)
        {
            context.AsOf = new AsOfDate(published, AsOfDate.Published);
            return;
        }
        InferAsOf(context);
        // A date read from the text that lies ahead of today is a misreading, not a publication date.
        if (context.AsOf.Value is { } inferred && inferred.FirstDay > DateOnly.FromDateTime(DateTime.UtcNow))
        {
            context.AsOf = new AsOfDate(null, $"the text's latest date ({inferred}) lies after today");
        }
    }

    private static void InferAsOf(ExtractionContext context)
    {
        var (latest, latestDay) = LatestPastDate(context);
        var weekdays = new Lazy<HashSet<DayOfWeek>>(() => WeekdaysOfLead(context));
        if (StampedDate(context, latest, latestDay, weekdays) is { } stamped)
        {
            context.AsOf = stamped;
            return;
        }
        if (DateLineAtTop(context, latest) is { } filed)
        {
            context.AsOf = filed;
            return;
        }
        if (DatelineDate(context, latest, latestDay, weekdays) is { } dateline)
        {
            context.AsOf = dateline;
            return;
        }
        if (Anniversary(context) is { } anniversary)
        {
            context.AsOf = anniversary;
            return;
        }
        if (YearCountedBackTo(context) is { } counted && (latest is null || counted > latest.Value.Year))
        {
            // "Five years ago, Modi accepted an invitation to the parade on May 9, 2020": the story is of 2025 at the earliest.
            latest = PartialDate.OfYear(counted);
            context.AsOf = new AsOfDate(latest, CountedBackToADate, IsLowerBound: true);
        }
        else if (latest is null)
        {
            return;
        }
        else
        {
            context.AsOf = LeadReports(context, latest.Value)
                ? new AsOfDate(latest, AsOfDate.LatestIsNewsOfTheLead, IsLowerBound: true)
                : new AsOfDate(latest, AsOfDate.LatestInText, IsLowerBound: true);
        }
        if (ImminentEvent(context, latest.Value) is { } imminent)
        {
            var weeksBefore = PartialDate.OfDay(imminent.FirstDay.AddDays(-ImminenceDays)).Truncate(DatePrecision.Month);
            context.AsOf = NamesItsWeekday(context, imminent.FirstDay)
                ? new AsOfDate(PartialDate.OfDay(imminent.FirstDay.AddDays(-1)), $"announces {imminent} as upcoming and calls it by its weekday, so writes in the week before it")
                : new AsOfDate(weeksBefore, $"announces {imminent} as upcoming, {AsOfDate.AnnouncedWithoutItsYear}");
        }
    }

    internal const string CountedBackToADate = "the years the text counts back to a date it gives";

    /// <summary>
    /// A sentence that opens by counting years back ("Five years ago, …") and gives the year of what it tells ("on May 9,
    /// 2020") puts the story that many years on: the latest such year, or null.
    /// </summary>
    private static int? YearCountedBackTo(ExtractionContext context)
    {
        int? counted = null;
        foreach (var sentence in context.Sentences)
        {
            var dates = context.DatesIn(sentence.Index);
            if (dates.Count < 2 || dates[0].Expression is not RelativeYear { Offset: < 0 } ago
                || !sentence.Text.AsSpan(0, dates[0].Span.Start).Trim().IsEmpty)
            {
                continue;
            }
            var given = dates.Skip(1).Select(date => date.StatedYear).FirstOrDefault(year => year is not null);
            if (given is { } year && year - ago.Offset <= DateTime.UtcNow.Year)
            {
                counted = Math.Max(counted ?? 0, year - ago.Offset);
            }
        }
        return counted;
    }

    private static readonly string[] BackgroundMarkers = ["since", "after", "following", "before", "until", "till"];

    /// <summary>
    /// "Jaishankar held talks with Lavrov in Moscow on Tuesday, 19 August 2025": the latest date is that of the
    /// news the opening sentences report, not of something the story looks back to ("more than a year after their
    /// talks in Kazan on 6 August 2024").
    /// </summary>
    private static bool LeadReports(ExtractionContext context, PartialDate latest)
    {
        foreach (var sentence in context.Sentences.Take(LeadSentences))
        {
            var tokens = context.TokensOf(sentence.Index);
            foreach (var match in context.DatesIn(sentence.Index))
            {
                if (match.Expression is not AbsoluteDate { End: null } absolute || absolute.Start != latest)
                {
                    continue;
                }
                var at = TokenIndexAt(tokens, match.Span.Start);
                var background = false;
                for (var i = Math.Max(0, at - 6); i < at; i++)
                {
                    background |= tokens.IsAny(i, BackgroundMarkers);
                }
                if (!background)
                {
                    return true;
                }
            }
        }
        return false;
    }

    internal const string CountedFromAnAnniversary = "an anniversary: the years the text counts after a date it gives";

    /// <summary>
    /// "Twenty-five years ago today, on October 3, 2000, …", "A decade ago this week, on 5 October 2015": an
    /// anniversary story counts its years from a date it gives, so it was written that date the given years on.
    /// </summary>
    private static AsOfDate? Anniversary(ExtractionContext context)
    {
        foreach (var sentence in context.Sentences.Take(TopSentences + LeadSentences))
        {
            var dates = context.DatesIn(sentence.Index);
            for (var i = 0; i + 1 < dates.Count; i++)
            {
                // "Twenty-five years ago today, on October 3, 2000": read as one date, that many years before the story's day.
                if (dates[i].Expression is ShiftedDate { Anchor: RelativeDay { Offset: 0 }, Days: 0, Months: < 0 and var months } && months % 12 == 0
                    && dates[i + 1].Expression is AbsoluteDate { End: null, Start: { Precision: DatePrecision.Day } on }
                    && OnlyPunctuationBetween(sentence.Text, dates[i], dates[i + 1])
                    && PartialDate.IsValid(on.Year - months / 12, on.Month!.Value, on.Day!.Value))
                {
                    return new AsOfDate(PartialDate.OfDay(on.Year - months / 12, on.Month.Value, on.Day.Value), CountedFromAnAnniversary);
                }
            }
            for (var i = 0; i + 2 < dates.Count; i++)
            {
                if (dates[i].Expression is not RelativeYear { Offset: < 0 } ago
                    || dates[i + 2].Expression is not AbsoluteDate { End: null, Start.Precision: >= DatePrecision.Month } given)
                {
                    continue;
                }
                DatePrecision? precision = dates[i + 1].Expression switch
                {
                    RelativeDay { Offset: 0 } or RelativeWeek { Offset: 0 } => DatePrecision.Day,
                    RelativeMonth { Offset: 0 } => DatePrecision.Month,
                    _ => null,
                };
                if (precision is null || !OnlyPunctuationBetween(sentence.Text, dates[i], dates[i + 1]))
                {
                    continue;
                }
                var year = given.Start.Year - ago.Offset;
                var month = given.Start.Month!.Value;
                return given.Start.Day is { } day && precision == DatePrecision.Day && PartialDate.IsValid(year, month, day)
                    ? new AsOfDate(PartialDate.OfDay(year, month, day), CountedFromAnAnniversary)
                    : new AsOfDate(PartialDate.OfMonth(year, month), CountedFromAnAnniversary);
            }
        }
        return AnniversaryUnderAHeading(context);
    }

    private const int SentencesUnderAHeading = 2;

    /// <summary>
    /// "Forty-four years ago today: Soviet troops into Afghanistan" over "On December 24, 1979, the Soviet Union …": a
    /// heading that counts years back from the story's day, and the date the section under it gives.
    /// </summary>
    private static AsOfDate? AnniversaryUnderAHeading(ExtractionContext context)
    {
        var sentences = context.Sentences;
        for (var h = 0; h < sentences.Count; h++)
        {
            if (context.DatesIn(h) is not [{ Expression: ShiftedDate { Anchor: RelativeDay { Offset: 0 }, Days: 0, Months: < 0 and var months } }] || months % 12 != 0
                || context.Document.BlockOf(sentences[h]).Kind != Documents.BlockKind.Heading)
            {
                continue;
            }
            for (var k = h + 1; k < sentences.Count && k <= h + SentencesUnderAHeading; k++)
            {
                if (context.DatesIn(k).FirstOrDefault(date => date.Expression is AbsoluteDate { End: null })?.Expression is not AbsoluteDate { Start: var given })
                {
                    continue;
                }
                var year = given.Year - months / 12;
                return given is { Precision: DatePrecision.Day, Month: { } month, Day: { } day } && PartialDate.IsValid(year, month, day)
                    ? new AsOfDate(PartialDate.OfDay(year, month, day), CountedFromAnAnniversary)
                    : new AsOfDate(PartialDate.OfYear(year), CountedFromAnAnniversary);
            }
        }
        return null;
    }

    private static bool OnlyPunctuationBetween(string text, DateMatch first, DateMatch second) =>
        first.Span.End <= second.Span.Start && text.AsSpan(first.Span.End, second.Span.Start - first.Span.End).Trim(" ,–—-").IsEmpty;

    private const int YearsAhead = 3;
    private const int WeekdayCycleYears = 11;

    /// <summary>
    /// "GOA, Oct 15 -", "Last updated: December 24": a day the page gives without its year takes the first year at or
    /// after the latest event the text reports, preferring one where the day falls on a weekday the opening names ("on
    /// Saturday"). With no dated event in the text, the year is not guessed.
    /// </summary>
    private static PartialDate? YearFromContext(int month, int day, PartialDate? latest, DateOnly? latestDay, HashSet<DayOfWeek> weekdays, DayOfWeek? stated = null)
    {
        if (latest is not { } bound)
        {
            return null;
        }
        if (stated is { } weekday)
        {
            return YearOnTheStatedWeekday(month, day, bound, weekday);
        }
        // "The summit took place in 2002" and "his trip on 11 August 2002": a "February 23" dateline is after both, so in 2003.
        var notBefore = latestDay is { } passed && passed > bound.FirstDay ? passed : bound.FirstDay;
        // "arrived on Thursday evening … concluded a contract on Friday": the dateline is the day of the news, Friday.
        var newsDay = DayOfTheNews(weekdays);
        PartialDate? first = null;
        PartialDate? onALeadWeekday = null;
        for (var year = bound.Year; year <= bound.Year + YearsAhead; year++)
        {
            if (!PartialDate.IsValid(year, month, day) || new DateOnly(year, month, day) < notBefore)
            {
                continue;
            }
            var candidate = PartialDate.OfDay(year, month, day);
            if (candidate.FirstDay.DayOfWeek == newsDay)
            {
                return candidate;
            }
            if (weekdays.Contains(candidate.FirstDay.DayOfWeek))
            {
                onALeadWeekday ??= candidate;
            }
            first ??= candidate;
        }
        return onALeadWeekday ?? first;
    }

    /// <summary>
    /// "Mumbai, Thursday, Dec. 4" in a story of 2025: the first year from the latest the text reports in which the day
    /// falls on the weekday it is given with, or null when none of the next few does.
    /// </summary>
    private static PartialDate? YearOnTheStatedWeekday(int month, int day, PartialDate bound, DayOfWeek weekday) =>
        CalendarMath.YearsOnWeekday(month, day, weekday, bound.Year, bound.Year + YearsAhead).Select(year => (PartialDate?)PartialDate.OfDay(year, month, day)).FirstOrDefault();

    /// <summary>Of the weekdays a story reports, the day of its news is the one that leaves the others closest behind it.</summary>
    private static DayOfWeek? DayOfTheNews(HashSet<DayOfWeek> reported) =>
        reported.Count == 0 ? null : reported.MinBy(news => reported.Max(other => ((int)news - (int)other + 7) % 7));

    internal const int LeadSentences = 3;

    internal const string YearOfTheLeadersAndWeekday =
        "date given without a year; the only year in which the leaders it names held office and the day fell on the weekday of its news";

    private const int OpeningSentences = 6;

    /// <summary>The Declaration on Strategic Partnership (October 2000) began the India–Russia annual summits.</summary>
    private const int FirstAnnualSummitYear = 2000;

    /// <summary>
    /// "NEW DELHI, Oct 5 (Reuters) - India signed a deal on Friday … as Prime Minister Narendra Modi hosted President
    /// Vladimir Putin for the 19th India-Russia annual summit": a wire story that dates no event of its own still says
    /// which years it can belong to. The leaders its opening names held office then; the nth annual summit comes no
    /// earlier than the series' nth year; the story was filed by today; and the day of its news (the last weekday the
    /// opening reports) is the dateline's day. When exactly one year meets all of these, it is the story's; when
    /// several do, the year stays unknown.
    /// </summary>
    private static PartialDate? OnlyYearTheStoryAllows(ExtractionContext context, int month, int day)
    {
        var opening = context.Sentences.Take(OpeningSentences).ToList();
        if (WeekdayOfTheNews(context, opening) is not { } weekday)
        {
            return null;
        }
        var leaders = LeadersInOffice(context, opening);
        if (leaders.Count == 0)
        {
            return null;
        }
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var from = Math.Max(leaders.Max(leader => leader.Terms.Min(term => term.From)), EarliestYearOfTheSeries(context));
        PartialDate? only = null;
        for (var year = from; year <= today.Year; year++)
        {
            if (!PartialDate.IsValid(year, month, day) || new DateOnly(year, month, day) is var date && (date > today || date.DayOfWeek != weekday)
                || !leaders.TrueForAll(leader => leader.HeldOfficeIn(year)))
            {
                continue;
            }
            if (only is not null)
            {
                return null;
            }
            only = PartialDate.OfDay(year, month, day);
        }
        return only;
    }

    /// <summary>
    /// The events a story reports cluster in the days before it is filed ("arrived on Thursday evening … On Friday the
    /// two leaders held talks"): of the weekdays its opening reports, the day of the news is the one that leaves the
    /// others closest behind it.
    /// </summary>
    private static DayOfWeek? WeekdayOfTheNews(ExtractionContext context, List<Documents.DocumentSentence> opening)
    {
        var reported = new HashSet<DayOfWeek>();
        foreach (var sentence in opening)
        {
            foreach (var match in context.DatesIn(sentence.Index))
            {
                if (match.Expression is WeekdayDate { WeekOffset: 0 } weekday && OrientationOf(context, sentence.Index, match) != TimeOrientation.Future)
                {
                    reported.Add(weekday.Day);
                }
            }
        }
        return DayOfTheNews(reported);
    }

    private static readonly string[] PastHolderMarkers = ["former", "late", "then"];

    /// <summary>Heads of state or government the opening names as they are now, not as "former" or "the late".</summary>
    private static List<Person> LeadersInOffice(ExtractionContext context, List<Documents.DocumentSentence> opening)
    {
        var leaders = new List<Person>();
        foreach (var sentence in opening)
        {
            var tokens = context.TokensOf(sentence.Index);
            foreach (var name in context.Gazetteer.Names.FindAll(tokens))
            {
                if (name.Value is Person { IsHead: true } person && !leaders.Contains(person)
                    && !Enumerable.Range(Math.Max(0, name.First - 3), Math.Min(3, name.First)).Any(i => tokens.IsAny(i, PastHolderMarkers)))
                {
                    leaders.Add(person);
                }
            }
        }
        return leaders;
    }

    private const int OrdinalToSummitWords = 5;

    /// <summary>A story may name the next summit ("the 20th summit next year") a year before it is due.</summary>
    private const int YearsAStoryLooksAheadToASummit = 1;

    /// <summary>
    /// "the 19th India-Russia annual summit", "the 23rd Russian-Indian summit": the nth annual summit was held no
    /// earlier than the series' nth year, and a story names it no earlier than the year before. A forum's numbered
    /// summit ("the 16th BRICS summit") says nothing of it.
    /// </summary>
    private static int EarliestYearOfTheSeries(ExtractionContext context)
    {
        var earliest = FirstAnnualSummitYear;
        foreach (var sentence in context.Sentences)
        {
            if (!sentence.Text.Contains("summit", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var tokens = context.TokensOf(sentence.Index);
            var names = context.Gazetteer.Names.FindAll(tokens);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens.Is(i, "summit"))
                {
                    continue;
                }
                for (var at = i - 1; at >= Math.Max(0, i - OrdinalToSummitWords); at--)
                {
                    if (OrdinalReader.EndingAt(tokens, at) is not { Value: > 1 and < 100 } ordinal)
                    {
                        continue;
                    }
                    var between = names.Where(name => name.First > at && name.Last < i).Select(name => name.Value).ToList();
                    var ofTheTwo = Enumerable.Range(at + 1, i - at - 1).Any(word => tokens.Is(word, "annual")) || between.Any(value => value is Country or CountryAdjective);
                    if (ofTheTwo && !between.Any(value => value is Forum))
                    {
                        earliest = Math.Max(earliest, FirstAnnualSummitYear + ordinal.Value - 1 - YearsAStoryLooksAheadToASummit);
                    }
                    break;
                }
            }
        }
        return earliest;
    }

    private static HashSet<DayOfWeek> WeekdaysOfLead(ExtractionContext context)
    {
        var weekdays = new HashSet<DayOfWeek>();
        foreach (var sentence in context.Sentences.Take(LeadSentences))
        {
            foreach (var match in context.DatesIn(sentence.Index))
            {
                // "… and are expected to continue talks on Wednesday" names the day after the news, not its day.
                if (match.Expression is WeekdayDate { WeekOffset: 0 } weekday && OrientationOf(context, sentence.Index, match) != TimeOrientation.Future)
                {
                    weekdays.Add(weekday.Day);
                }
            }
        }
        return weekdays;
    }

    private const int TopSentences = 4;
    private const int TopBlocks = 4;
    private const int MaxTopSentences = 8;
    private const int MaxDateLineWords = 4;
    private const int ClosingSentences = 2;

    /// <summary>
    /// "New Delhi, June 14, 2024", "Friday, 14 June 2024 | Moscow": a line near the top that holds a full date and
    /// nothing but a place or a weekday beside it is the day the story was filed.
    /// </summary>
    private static AsOfDate? DateLineAtTop(ExtractionContext context, PartialDate? latest)
    {
        // A joint statement is signed off at its end with the place and the day ("St Petersburg / 1 June 2017").
        var sentences = context.Sentences;
        var closing = sentences.Count > TopSentences ? sentences.Skip(Math.Max(TopSentences, sentences.Count - ClosingSentences)) : [];
        // A magazine's title, standfirst and masthead ("Defence Horizon | Vol. 14, No. 8 | August 2025") each take a block.
        var top = sentences.Where((sentence, index) => index < TopSentences || (sentence.BlockIndex < TopBlocks && index < MaxTopSentences)).ToList();
        foreach (var (sentence, basis) in top.Select(s => (s, AsOfDate.DateLineAtTop))
            .Concat(closing.Select(s => (s, AsOfDate.DateLineAtFoot))))
        {
            // A month and year alone ("BharatBrief Explainers | January 2026") is a byline's date: it dates the
            // article to that month.
            if (context.DatesIn(sentence.Index) is not [{ Expression: var expression } match])
            {
                continue;
            }
            var date = expression switch
            {
                AbsoluteDate { Start.Precision: >= DatePrecision.Month, End: null } absolute => absolute.Start,
                // "Mumbai, Thursday, Dec. 4": a day without its year is safe only with the weekday that fixes the year.
                YearlessDate { Day: { } day, Weekday: { } weekday, YearOffset: null, EndMonth: null } yearless when basis == AsOfDate.DateLineAtTop
                    && latest is { } bound => YearOnTheStatedWeekday(yearless.Month, day, bound, weekday),
                _ => null,
            };
            if (date is null)
            {
                continue;
            }
            var text = sentence.Text;
            var start = Math.Clamp(match.Span.Start, 0, text.Length);
            var end = Math.Clamp(match.Span.End, start, text.Length);
            // "Our weekly note | Issue 148 | Saturday, 6 December 2025": the date has a field of the line to itself.
            var fieldStart = text.LastIndexOfAny(FieldSeparators, Math.Max(0, start - 1)) + 1;
            var fieldEnd = text.IndexOfAny(FieldSeparators, end) is var next and >= 0 ? next : text.Length;
            var inField = string.Concat(text.AsSpan(fieldStart, start - fieldStart), " ", text.AsSpan(end, fieldEnd - end));
            var rest = string.Concat(text.AsSpan(0, start), " ", text.AsSpan(end));
            if (IsDateLineRest(rest) || (fieldStart > 0 || fieldEnd < text.Length) && IsDateLineRest(inField))
            {
                return new AsOfDate(date, expression is YearlessDate ? $"{basis}, {AsOfDate.YearInferredFromEvents}" : basis);
            }
        }
        return null;
    }

    private static readonly char[] FieldSeparators = ['|', '·', '•'];

    private static bool IsDateLineRest(string rest)
    {
        var words = rest.Split([' ', ',', '|', '–', '—', '-', '·', '•', '/'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxDateLineWords && words.All(word => char.IsUpper(word[0]) || IsClockTime(word));
    }

    private static readonly HashSet<string> TimeZones = new(StringComparer.OrdinalIgnoreCase) { "am", "pm", "a.m.", "p.m.", "hrs", "IST", "GMT", "UTC", "MSK" };

    /// <summary>"August 27, 2024, 17:20", "Dec 6, 2021 10:30 IST": the time a page was posted belongs to its date line.</summary>
    private static bool IsClockTime(string word) =>
        TimeZones.Contains(word)
        || (word.Length is >= 4 and <= 5 && word.IndexOfAny([':', '.']) is var colon and (1 or 2) && word.Length - colon == 3
            && !word.AsSpan(0, colon).ContainsAnyExceptInRange('0', '9') && !word.AsSpan(colon + 1).ContainsAnyExceptInRange('0', '9'));

    /// <summary>
    /// The latest event the text reports outside a forward-looking clause: a date with its year (not a target such as
    /// "by 2030", nor "since 1971"), a forum's summit named with its host city ("the SCO summit in Tianjin"), and a day
    /// given with its weekday ("on Monday, August 28"), which names its year among the few after the others.
    /// </summary>
    /// <returns>The latest event at its own precision, and the latest day the text shows to have passed (the first day of the latest-starting event).</returns>
    private static (PartialDate? Latest, DateOnly? LatestDay) LatestPastDate(ExtractionContext context)
    {
        PartialDate? latest = null;
        DateOnly? latestDay = null;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        List<(DateMatch Match, DayOfWeek Weekday)>? weekdayDays = null;
        foreach (var sentence in context.Sentences)
        {
            var dates = context.DatesIn(sentence.Index);
            var yearsInSentence = new List<int>();
            var monthsInSentence = new List<(int Month, int Start)>();
            foreach (var match in dates)
            {
                if (!DateRoles.IsEvent(sentence.Text, match) || OrientationOf(context, sentence.Index, match) == TimeOrientation.Future)
                {
                    continue;
                }
                if (match.Expression is YearlessDate { YearOffset: null } yearless)
                {
                    monthsInSentence.Add((yearless.Month, match.Span.Start));
                }
                if (match.Expression is YearlessDate { Day: not null, YearOffset: null } && WeekdayNamed(match.Text) is { } weekday)
                {
                    (weekdayDays ??= []).Add((match, weekday));
                    continue;
                }
                if (match.Expression is not AbsoluteDate absolute)
                {
                    continue;
                }
                yearsInSentence.Add(absolute.Start.Year);
                // A year still to come is a target or a misreading ("the Roadmap 2030"): no past event can fall in it.
                if (absolute.Start.FirstDay > today)
                {
                    continue;
                }
                // A fiscal year told in the past ("imports in 2023-24") has ended, so it dates the text by its end.
                var candidate = absolute is { End: { Precision: DatePrecision.Year } end, Start.Precision: DatePrecision.Year } && end.Year == absolute.Start.Year + 1
                    ? end
                    : absolute.Start;
                latest = Later(latest, candidate);
                latestDay = LaterDay(latestDay, candidate.FirstDay);
            }
            if (ForumEditionIn(context, sentence, yearsInSentence, monthsInSentence) is { } edition)
            {
                latest = Later(latest, PartialDate.OfDay(edition.End));
                latestDay = LaterDay(latestDay, edition.Start);
            }
        }
        if (latest is { } bound && weekdayDays is not null)
        {
            foreach (var (match, weekday) in weekdayDays)
            {
                var day = (YearlessDate)match.Expression;
                for (var year = bound.Year; year <= bound.Year + WeekdayCycleYears; year++)
                {
                    if (PartialDate.IsValid(year, day.Month, day.Day!.Value) && new DateOnly(year, day.Month, day.Day.Value).DayOfWeek == weekday)
                    {
                        latest = Later(latest, PartialDate.OfDay(year, day.Month, day.Day.Value));
                        latestDay = LaterDay(latestDay, new DateOnly(year, day.Month, day.Day.Value));
                        break;
                    }
                }
            }
        }
        return (latest, latestDay);
    }

    private static DateOnly LaterDay(DateOnly? latest, DateOnly candidate) => latest is { } current && current >= candidate ? current : candidate;

    private static PartialDate Later(PartialDate? latest, PartialDate candidate) =>
        latest is not { } current || candidate.LastDay > current.LastDay || (candidate.LastDay == current.LastDay && candidate.Precision > current.Precision)
            ? candidate
            : current;

    private static readonly string[] WeekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    internal static DayOfWeek? WeekdayNamed(string text)
    {
        for (var i = 0; i < WeekdayNames.Length; i++)
        {
            if (text.Contains(WeekdayNames[i], StringComparison.OrdinalIgnoreCase))
            {
                return (DayOfWeek)i;
            }
        }
        return null;
    }

    /// <summary>
    /// A forum's summit named with its host city in a sentence that does not look ahead. When the forum met there more
    /// than once, a year in the sentence must say which time, or else a month without a year, told with the forum's
    /// summit, that only one of those times fell in ("in Bishkek on the sidelines of the SCO summit in June"); without
    /// either the sentence dates nothing.
    /// </summary>
    private static ForumEdition? ForumEditionIn(
        ExtractionContext context, Documents.DocumentSentence sentence, List<int> years, List<(int Month, int Start)> months)
    {
        var gazetteer = context.Gazetteer;
        if (gazetteer.Editions.Count == 0 || !MentionsSummitWord(sentence.Text))
        {
            return null;
        }
        var tokens = context.TokensOf(sentence.Index);
        string? forum = null;
        string? city = null;
        var futurePosition = -1;
        foreach (var name in gazetteer.Names.FindAll(tokens))
        {
            switch (name.Value)
            {
                case Forum found when forum is null:
                    forum = found.Name;
                    futurePosition = name.First;
                    break;
                case City found:
                    city ??= found.Name;
                    break;
                case Venue found:
                    city ??= found.City;
                    break;
            }
        }
        if (forum is null || city is null
            || TenseReader.Default.OrientationAt(tokens, context.ClausesOf(sentence.Index), futurePosition) == TimeOrientation.Future)
        {
            return null;
        }
        var forumEnd = tokens[futurePosition].End;
        var monthsOfTheSummit = months.Where(month => month.Start > forumEnd && month.Start - forumEnd <= MonthOfTheSummitChars).Select(month => month.Month).ToList();
        ForumEdition? only = null;
        var count = 0;
        ForumEdition? onlyInMonth = null;
        var inMonth = 0;
        foreach (var edition in gazetteer.Editions)
        {
            if (string.Equals(edition.Forum, forum, StringComparison.OrdinalIgnoreCase) && string.Equals(edition.City, city, StringComparison.OrdinalIgnoreCase))
            {
                if (years.Contains(edition.Start.Year))
                {
                    return edition;
                }
                only = edition;
                count++;
                if (monthsOfTheSummit.Contains(edition.Start.Month))
                {
                    onlyInMonth = edition;
                    inMonth++;
                }
            }
        }
        if (years.Count > 0)
        {
            return null;
        }
        return count == 1 ? only : inMonth == 1 ? onlyInMonth : null;
    }

    /// <summary>How far after the forum's name a month still tells when its summit was ("SCO summit held in June").</summary>
    private const int MonthOfTheSummitChars = 24;

    private static bool MentionsSummitWord(string text) =>
        text.Contains("summit", StringComparison.OrdinalIgnoreCase) || text.Contains("gathered", StringComparison.OrdinalIgnoreCase)
        || text.Contains("sidelines", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Published: 4 September 2019", "By Staff | Updated on Dec 5, 2025", "· filed 30.12.2022 ·", "This entry was last
    /// revised on 11 March 2022.", "TO BE ANSWERED ON 12.12.2025", "Table last checked on 2 September 2025": a
    /// stamp the page carried, kept in the text.
    /// </summary>
    private static AsOfDate? StampedDate(ExtractionContext context, PartialDate? latest, DateOnly? latestDay, Lazy<HashSet<DayOfWeek>> weekdays)
    {
        foreach (var sentence in context.Sentences)
        {
            var found = StampPattern().Match(sentence.Text);
            if (!found.Success)
            {
                continue;
            }
            // "compiled Sunday evening, 30 November 2025": the weekday before the date is part of the stamp.
            switch (context.DatesIn(sentence.Index).FirstOrDefault(date => date.Span.End > found.Index + found.Length && date.Expression is not WeekdayDate)?.Expression)
            {
                case AbsoluteDate { Start.Precision: DatePrecision.Day } stamp:
                    return new AsOfDate(stamp.Start, AsOfDate.StampedInText);
                case YearlessDate { Day: { } day, YearOffset: null, EndMonth: null } yearless
                    when YearFromContext(yearless.Month, day, latest, latestDay, weekdays.Value, yearless.Weekday) is { } dated:
                    return new AsOfDate(dated, $"{AsOfDate.StampWithoutAYear}; {AsOfDate.YearInferredFromEvents}");
                case YearlessDate { Day: { } day, YearOffset: null, EndMonth: null } yearless
                    when latest is null && OnlyYearTheStoryAllows(context, yearless.Month, day) is { } dated:
                    return new AsOfDate(dated, YearOfTheLeadersAndWeekday);
            }
        }
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|[|•·]\s*)(?:First\s+)?(?:Published|Updated|Posted|Filed|Dated|Compiled|Issued|Revised|Last\s+updated|Last\s+revised|(?:To\s+be\s+)?Answered)(?:\s+on)?\s*[:\-–]?\s|\b(?:table|list|figures|data|page|entry)\s+last\s+(?:checked|updated|revised|reviewed|verified)(?:\s+on)?\s*:?\s|\b(?:this|the)\s+(?:entry|article|page|story|report|piece|brief|note)\s+(?:was|has\s+been)\s+(?:last\s+|first\s+)?(?:revised|updated|modified|edited|published|reviewed|posted)(?:\s+on)?\s", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex StampPattern();

    private static AsOfDate? DatelineDate(ExtractionContext context, PartialDate? latest, DateOnly? latestDay, Lazy<HashSet<DayOfWeek>> weekdays)
    {
        if (context.Document.Dateline is not { } dateline)
        {
            return null;
        }
        foreach (var match in DateGrammar.FindAll(dateline.Text))
        {
            switch (match.Expression)
            {
                case AbsoluteDate { Start.Precision: DatePrecision.Day } absolute:
                    return new AsOfDate(absolute.Start, AsOfDate.InDateline);
                case YearlessDate { Day: { } day, YearOffset: null, EndMonth: null } yearless
                    when YearFromContext(yearless.Month, day, latest, latestDay, weekdays.Value, yearless.Weekday) is { } dated:
                    return new AsOfDate(dated, $"{AsOfDate.DatelineWithoutAYear}; {AsOfDate.YearInferredFromEvents}");
                case YearlessDate { Day: { } day, YearOffset: null, EndMonth: null } yearless
                    when latest is null && OnlyYearTheStoryAllows(context, yearless.Month, day) is { } dated:
                    return new AsOfDate(dated, YearOfTheLeadersAndWeekday);
            }
        }
        return null;
    }

    private static PartialDate? ImminentEvent(ExtractionContext context, PartialDate lowerBound)
    {
        var lastSummitYear = new Lazy<int?>(() => LastSummitYear(context));
        foreach (var sentence in context.Sentences)
        {
            foreach (var match in context.DatesIn(sentence.Index))
            {
                if (match.Expression is not YearlessDate { Day: not null } yearless
                    || OrientationOf(context, sentence.Index, match) != TimeOrientation.Future)
                {
                    continue;
                }
                var from = lowerBound;
                // One annual summit a year: the visit a story announces after "the last summit took place in 2006" is not in 2006.
                var tokens = context.TokensOf(sentence.Index);
                if (lastSummitYear.Value is { } last && last >= from.Year && TalksOfAVisit(tokens)
                    && !context.Gazetteer.Names.FindAll(tokens).Any(name => name.Value is Forum))
                {
                    from = PartialDate.OfYear(last + 1);
                }
                if (DateResolver.Resolve(yearless, from, TimeOrientation.Future) is { } range
                    && range.Start.FirstDay >= from.FirstDay)
                {
                    return range.Start;
                }
            }
        }
        return null;
    }

    private static readonly string[] LatestWords = ["last", "previous", "latest"];
    private static readonly string[] VisitWords = ["summit", "visit", "arrive", "arrives", "arrival", "talks", "trip", "travel", "travels"];

    /// <summary>A sentence about a visit or a summit, the bilateral kind: one at a forum is not bound to the annual series.</summary>
    private static bool TalksOfAVisit(TokenizedText tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens.IsAny(i, VisitWords))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"The last Putin–Singh summit took place in 2006", "the previous annual summit was held in Moscow in July 2024": the year of the latest summit the story recalls.</summary>
    private static int? LastSummitYear(ExtractionContext context)
    {
        int? year = null;
        foreach (var sentence in context.Sentences)
        {
            var tokens = context.TokensOf(sentence.Index);
            var recallsTheLast = false;
            for (var i = 0; i < tokens.Count && !recallsTheLast; i++)
            {
                if (tokens.IsAny(i, LatestWords))
                {
                    for (var j = i + 1; j <= i + 4 && !recallsTheLast; j++)
                    {
                        recallsTheLast = tokens.Is(j, "summit");
                    }
                }
            }
            if (!recallsTheLast)
            {
                continue;
            }
            foreach (var match in context.DatesIn(sentence.Index))
            {
                if (match.Expression is AbsoluteDate { End: null } recalled && OrientationOf(context, sentence.Index, match) != TimeOrientation.Future
                    && (year is null || recalled.Start.Year > year))
                {
                    year = recalled.Start.Year;
                }
            }
        }
        return year;
    }

    /// <summary>
    /// "Moscow prepares for Friday's parade … the celebrations on May 9": a story that calls an upcoming day by its
    /// weekday alone, and that weekday is the day's, is written within the six days before it.
    /// </summary>
    private static bool NamesItsWeekday(ExtractionContext context, DateOnly imminent)
    {
        foreach (var sentence in context.Sentences)
        {
            foreach (var match in context.DatesIn(sentence.Index))
            {
                if (match.Expression is WeekdayDate { WeekOffset: 0 } weekday && weekday.Day == imminent.DayOfWeek)
                {
                    return true;
                }
            }
        }
        return false;
    }

    internal static TimeOrientation OrientationOf(ExtractionContext context, int sentenceIndex, DateMatch match)
    {
        var tokens = context.TokensOf(sentenceIndex);
        var position = TokenIndexAt(tokens, match.Span.Start);
        return position < 0 ? TimeOrientation.Unknown : TenseReader.Default.OrientationAt(tokens, context.ClausesOf(sentenceIndex), position);
    }

    internal static int TokenIndexAt(TokenizedText tokens, int offset)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].End > offset)
            {
                return i;
            }
        }
        return tokens.Count - 1;
    }
}
