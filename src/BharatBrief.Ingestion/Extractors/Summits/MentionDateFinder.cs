using System.Globalization;
using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Extractors.AsOf;
using BharatBrief.Ingestion.Extractors.Dates;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>
/// Finds when a meeting happens: the date phrase of its clause nearest to the meeting word, unless the phrase dates
/// something else ("since the invasion in 2022"); failing that, the time frame set at the head of the sentence or of
/// its paragraph ("In 2024, …").
/// </summary>
internal static class MentionDateFinder
{
    private static readonly string[] OtherEventMarkers = ["since", "until", "till", "after", "following", "before", "amid", "unlike"];

    /// <summary>"The ministry said on Wednesday that the summit …": a date that follows a verb of saying dates the saying.</summary>
    internal static readonly string[] ReportingVerbs =
    [
        "said", "says", "announced", "announces", "told", "tells", "stated", "states", "confirmed", "confirms", "reported", "reports",
        "added", "adds", "noted", "notes", "declared", "declares", "clarified", "disclosed", "revealed", "briefed", "wrote", "tweeted", "posted",
    ];

    public static DateMatch? Find(SentenceView view, PhraseMatch<TriggerWord> trigger, SummitDiscourse discourse)
    {
        DateMatch? nearest = null;
        DateMatch? yearless = null;
        var nearestDistance = int.MaxValue;
        var sentence = view.Context.Sentences[view.SentenceIndex].Text;
        foreach (var match in view.Context.DatesIn(view.SentenceIndex))
        {
            if (!DateRoles.IsEvent(sentence, match))
            {
                continue;
            }
            var position = AsOfExtractor.TokenIndexAt(view.Tokens, match.Span.Start);
            // "In July the President invited the Prime Minister to the summit in Kazan": the date is the invitation's.
            if ((trigger.Value.IsInvitation && position < trigger.First) || !view.InScope(trigger, position) || view.IsAcrossConjunct(trigger, position) || (trigger.Value.IsEarlierMeeting ? position < trigger.First : DatesSomethingElse(view, trigger, position)) || IsNearerToAnotherMeeting(view, trigger, position)
                || DatesTheSaying(view, trigger, position))
            {
                continue;
            }
            var distance = Distance(trigger, position);
            // "a summit about people and fertiliser, held in the shadow of the tariffs Washington imposed on Indian goods
            // in August": a date far past the meeting word dates what the words between report.
            if (position > trigger.Last && view.WordsBetween(trigger.Last + 1, position) > MaxWordsToALaterDate)
            {
                continue;
            }
            if (distance < nearestDistance)
            {
                nearest = match;
                nearestDistance = distance;
            }
            if (match.Expression is YearlessDate { YearOffset: null })
            {
                yearless ??= match;
            }
        }
        // "The 2024 summit was in Moscow in July": the year named with the meeting is the month's year.
        if (nearest is { Expression: AbsoluteDate { Start.Precision: DatePrecision.Year, End: null } } named && yearless is not null
            && InFrameYear(yearless, named) is { } dated)
        {
            return dated;
        }
        if (nearest is { Expression: DayOfMonthDate { MonthOffset: null } } day && InTheMonthStatedBefore(view, day, discourse) is { } inTheMonth)
        {
            return inTheMonth;
        }
        if (nearest is { Expression: StoryYear } told)
        {
            return InTheStoryYear(view, told, discourse.StoryYear);
        }
        if (nearest is null && SaysTheStoryDay(view.Tokens) is { } phrase
            && (DayStatedBefore(view, phrase) ?? discourse.StoryDay) is { } storyDay)
        {
            return storyDay;
        }
        // A section's date ("FRIDAY 5" over a diary's entries) dates only sentences that state no date of their own.
        var frame = SentenceFrame(view) ?? discourse.FrameFor(view.BlockIndex)
            ?? (view.Context.DatesIn(view.SentenceIndex).Any(date => DateRoles.IsEvent(sentence, date)) ? null : discourse.SectionFrame);
        if (nearest is { Expression: YearlessDate { YearOffset: null } } && frame is not null && !ReferenceEquals(nearest, frame)
            && InFrameYear(nearest, frame) is { } framed)
        {
            return framed;
        }
        return nearest ?? frame;
    }

    /// <summary>
    /// "the parade on the 26th of January 2007, and the summit was held the day before, on the 25th": a day of the month
    /// alone is in the month the sentence stated before it, not in the article's month; with none in the sentence, in
    /// the month its paragraph or section opened with (a review's "June" heading over "they spoke on the 30th").
    /// </summary>
    private static DateMatch? InTheMonthStatedBefore(SentenceView view, DateMatch day, SummitDiscourse discourse)
    {
        var stated = view.Context.DatesIn(view.SentenceIndex)
            .LastOrDefault(date => date.Span.Start < day.Span.Start && date.Expression is AbsoluteDate { Start.Month: not null, End: null })
            ?? ((discourse.FrameFor(view.BlockIndex) ?? discourse.SectionFrame) is { Expression: AbsoluteDate { Start.Precision: DatePrecision.Month, End: null } } frame ? frame : null);
        if (stated is not { Expression: AbsoluteDate { Start: var month } } || day.Expression is not DayOfMonthDate { Day: var number })
        {
            return null;
        }
        var text = $"{number} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month.Month!.Value)} {month.Year}";
        return DateGrammar.ParseExact(text) is { } expression ? day with { Text = text, Expression = expression } : null;
    }

    /// <summary>
    /// A heading's date read once against the article's date, with no tense ("FRIDAY 5" in a diary of the week ahead is
    /// the coming Friday the 5th), so that every sentence of its section shares one day whatever its own tense.
    /// </summary>
    public static DateMatch Fixed(DateMatch heading, PartialDate? asOf)
    {
        if (DateResolver.Resolve(heading.Expression, asOf, TimeOrientation.Unknown) is not { End: null, Start: var day } || !DateResolver.DependsOnAsOf(heading.Expression))
        {
            return heading;
        }
        var text = day.Precision switch
        {
            DatePrecision.Day => $"{day.Day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(day.Month!.Value)} {day.Year}",
            DatePrecision.Month => $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(day.Month!.Value)} {day.Year}",
            _ => day.Year.ToString(CultureInfo.InvariantCulture),
        };
        return DateGrammar.ParseExact(text) is { } expression ? heading with { Text = text, Expression = expression } : heading;
    }

    private static readonly string[] PartsOfADay = ["day", "night", "evening", "morning", "afternoon"];

    /// <summary>"That night Modi spoke to Putin", "Later that day", "the same evening": the day the story last stated.</summary>
    private static int? SaysTheStoryDay(TokenizedText tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if ((tokens.Is(i, "that") || (tokens.Is(i, "same") && tokens.Is(i - 1, "the"))) && tokens.IsAny(i + 1, PartsOfADay)
                && !tokens.IsAny(i + 2, "of", "when", "that", "which"))
            {
                return i;
            }
        }
        return null;
    }

    /// <summary>"Russia invaded Ukraine on 24 February 2022, and the same night …": a day stated earlier in the sentence.</summary>
    private static DateMatch? DayStatedBefore(SentenceView view, int phrase) =>
        view.Context.DatesIn(view.SentenceIndex).LastOrDefault(date => AsOfExtractor.TokenIndexAt(view.Tokens, date.Span.Start) < phrase
            && date.Expression is AbsoluteDate { Start.Precision: DatePrecision.Day, End: null });

    /// <summary>
    /// "Vajpayee went to Moscow in November the next year": the year counted from the last one the narrative stated in
    /// full, in the sentence before the phrase or in the sentences before it. With none stated, no date.
    /// </summary>
    private static DateMatch? InTheStoryYear(SentenceView view, DateMatch told, int? storyYear)
    {
        var story = (StoryYear)told.Expression;
        var stated = view.Context.DatesIn(view.SentenceIndex).Where(date => date.Span.Start < told.Span.Start)
            .Select(date => date.StatedYear).LastOrDefault(year => year is not null) ?? storyYear;
        if (stated is not { } year)
        {
            return null;
        }
        var text = story switch
        {
            { Month: { } month, Day: { } day } => $"{day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year + story.Offset}",
            { Month: { } month } => $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year + story.Offset}",
            _ => (year + story.Offset).ToString(CultureInfo.InvariantCulture),
        };
        return DateGrammar.ParseExact(text) is { } expression ? told with { Text = text, Expression = expression } : null;
    }

    /// <summary>
    /// "Last year, Modi went to Russia twice — in July … and in October …": a month or day without its year takes the
    /// year the sentence or paragraph opened with. The text says so too ("in July last year"), so that it reads the same
    /// when the article's date is refined.
    /// </summary>
    /// <summary>
    /// "That's the annual summit, December last year." — "Exactly, the twenty-first, on December 6th.": a day without
    /// its year, in a line with no tense of its own, is in the month the line just before placed, when the months agree.
    /// </summary>
    public static DateMatch InTheStoryMonth(DateMatch date, (int Year, int Month, int SentenceIndex)? storyMonth, int sentenceIndex) =>
        date.Expression is YearlessDate { YearOffset: null, EndMonth: null, Month: var month } && storyMonth is { } story && story.Month == month
        && story.SentenceIndex == sentenceIndex - 1
        && DateGrammar.ParseExact($"{date.Text} {story.Year}") is { } expression
            ? date with { Text = $"{date.Text} {story.Year}", Expression = expression }
            : date;

    /// <summary>"24 February" listed before "1 July 2022": a day without its year takes the year of the one that states it.</summary>
    public static DateMatch InTheYearOf(DateMatch listed, DateMatch stated) =>
        listed.Expression is YearlessDate { YearOffset: null } && stated.Expression is AbsoluteDate { Start: var start }
        && InFrameYear(listed, stated with { Expression = new AbsoluteDate(PartialDate.OfYear(start.Year)) }) is { } dated
            ? dated : listed;

    private static DateMatch? InFrameYear(DateMatch yearless, DateMatch frame)
    {
        var year = frame.Expression switch
        {
            RelativeYear { Offset: -1 } => "last year",
            RelativeYear { Offset: 0 } => "this year",
            RelativeYear { Offset: 1 } => "next year",
            AbsoluteDate { Start.Precision: DatePrecision.Year, End: null } absolute => absolute.Start.Year.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        var text = $"{yearless.Text} {year}";
        return year is not null && DateGrammar.ParseExact(text) is { } expression ? yearless with { Text = text, Expression = expression } : null;
    }

    /// <summary>
    /// A date that opens the sentence and is closed by a comma ("In 2024, Modi …") frames the whole sentence; so does a
    /// year that heads an entry of a timeline ("2018 - Modi and Putin hold …", "2019: …").
    /// </summary>
    public static DateMatch? SentenceFrame(SentenceView view)
    {
        var sentence = view.Context.Sentences[view.SentenceIndex].Text;
        foreach (var match in view.Context.DatesIn(view.SentenceIndex))
        {
            // "Since 2019, the leaders have met …": a year counted from frames nothing.
            if (!DateRoles.IsEvent(sentence, match))
            {
                continue;
            }
            var first = AsOfExtractor.TokenIndexAt(view.Tokens, match.Span.Start);
            var last = AsOfExtractor.TokenIndexAt(view.Tokens, match.Span.End - 1);
            if (first <= 1 && view.Tokens.IsPunctuation(last + 1, ',')
                && match.Expression is AbsoluteDate or RelativeYear or RelativeMonth or YearlessDate or ShiftedDate)
            {
                return match;
            }
            if (first == 0 && match.Expression is AbsoluteDate { Start.Precision: DatePrecision.Year, End: null } && IsEntrySeparator(view.Tokens, last + 1))
            {
                return match;
            }
        }
        return null;
    }

    private static bool IsEntrySeparator(TokenizedText tokens, int index) =>
        tokens.IsPunctuation(index, '-') || tokens.IsPunctuation(index, '–') || tokens.IsPunctuation(index, '—') || tokens.IsPunctuation(index, ':');

    private const int MaxWordsToALaterDate = 12;

    private static int Distance(PhraseMatch<TriggerWord> trigger, int position) =>
        position < trigger.First ? trigger.First - position : position - trigger.Last;

    /// <summary>
    /// "In a telephone conversation on Sunday, they reviewed the decisions of the last summit": the date belongs to
    /// the meeting word it stands beside, not to every meeting the sentence names. A meeting word on the far side of
    /// "after" or "since" from the date ("talks on Monday after the summit's main session") does not claim it. Nor does
    /// a leaders' meeting claim the date of the ministers' ("Jaishankar met Lavrov on 28 September to prepare the
    /// leaders' meeting").
    /// </summary>
    private static bool IsNearerToAnotherMeeting(SentenceView view, PhraseMatch<TriggerWord> trigger, int position)
    {
        var own = Distance(trigger, position);
        foreach (var other in view.Triggers)
        {
            if (other.First != trigger.First && view.InScope(other, position) && Distance(other, position) < own
                && (other.Value.Kind != trigger.Value.Kind || TriggerFeatures.IsMinistersMeeting(view, other))
                && !DatesSomethingElse(view, other, position))
            {
                return true;
            }
        }
        return false;
    }

    private static bool DatesTheSaying(SentenceView view, PhraseMatch<TriggerWord> trigger, int datePosition) =>
        datePosition < trigger.First && datePosition > 0
        && (view.Tokens.IsAny(datePosition - 1, ReportingVerbs) || (datePosition > 1 && view.Tokens.IsAny(datePosition - 2, ReportingVerbs) && view.Tokens.IsAny(datePosition - 1, "on", "late", "early")));

    private static bool DatesSomethingElse(SentenceView view, PhraseMatch<TriggerWord> trigger, int datePosition)
    {
        // Markers between the meeting word and the date, or just before a date that comes first, tie it to something else.
        var (from, to) = datePosition > trigger.Last ? (trigger.Last + 1, datePosition) : (Math.Max(0, datePosition - 2), trigger.First);
        for (var i = from; i < to; i++)
        {
            // "held the day before, on the 25th": a marker closing its phrase is an adverb and ties the date to nothing else.
            if (view.Tokens.IsAny(i, OtherEventMarkers) && !view.Tokens.IsPunctuation(i + 1, ','))
            {
                return true;
            }
        }
        return false;
    }
}
