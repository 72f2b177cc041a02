using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>Turns a linked event into the article's <see cref="SummitMention"/>: its best date, place, status and evidence.</summary>
internal static class SummitWriter
{
    public static SummitMention Write(ExtractionContext context, ArticleEvent articleEvent, bool isMain)
    {
        var date = BestDate(context, articleEvent);
        var (city, country, venue) = Place(context, articleEvent, isMain);
        var forumOfTheEvent = articleEvent.Forum;
        if (city is null && country is null && isMain && ForumHeldWhereFiled(context, articleEvent, date?.Resolved) is { } edition)
        {
            (city, country, forumOfTheEvent) = (edition.City, DatelineCity(context)!.Country, edition.Forum);
        }
        if (articleEvent.Forum is { } forum && city is not null && ForumSummitDate(context, forum, city) is { } held
            && (date?.Resolved is null || IsMisreadYear(date, held)))
        {
            date = date?.Resolved is { Start.Precision: DatePrecision.Day } ? InTheYearOf(date, held) : held;
        }
        if (date?.Resolved is null && ((isMain && IsTheNewsOfTheDay(context, articleEvent)) || HasJustHappened(context, articleEvent)))
        {
            date = Merging.StoryDay.DateOf(context.AsOf.Value!.Value);
        }
        var evidence = articleEvent.Mentions
            .OrderByDescending(Informativeness)
            .ThenBy(mention => mention.SentenceIndex)
            .Select(mention => mention.SentenceIndex)
            .Distinct()
            .Select(index => Evidence.Of(context.Sentences[index]))
            .ToArray();
        var participants = articleEvent.Participants
            .OrderBy(person => person.Country == "India" ? 0 : 1)
            .Select(person => person.Name)
            .ToArray();
        return new SummitMention(
            SummitKinds.Shown(articleEvent.Kind, forumOfTheEvent),
            StatusOf(context, articleEvent, date?.Resolved),
            date,
            city,
            country,
            venue,
            forumOfTheEvent,
            articleEvent.Ordinal,
            participants,
            articleEvent.ClaimsLatest,
            evidence,
            context.ThemesOf(evidence.Select(item => item.Quote)));
    }

    /// <summary>
    /// "President Putin had a telephone conversation with Prime Minister Modi", the lead of a story whose date the page
    /// states: a meeting the lead reports in the past without a date of its own is the news of that day (not one it
    /// looks back to: "six weeks after his visit to Moscow").
    /// </summary>
    private static bool IsTheNewsOfTheDay(ExtractionContext context, ArticleEvent articleEvent) =>
        (context.AsOf is { IsStated: true, Value.Precision: DatePrecision.Day } || context.AsOf.StatesItsDayWithoutTheYear)
        && articleEvent.Mentions.Any(mention => mention.SentenceIndex <= AsOf.AsOfExtractor.LeadSentences && mention.Status == MentionStatus.Held && mention.Date is null)
        && !articleEvent.Mentions.Any(mention => mention.IsSetAgainstEarlierWord)
        && !articleEvent.HasStatus(MentionStatus.Planned) && !articleEvent.HasStatus(MentionStatus.Cancelled);

    /// <summary>"PM Modi has just spoken to President Putin by phone": what has just happened happened on the story's day.</summary>
    private static bool HasJustHappened(ExtractionContext context, ArticleEvent articleEvent) =>
        context.AsOf.Value is { Precision: DatePrecision.Day } && !articleEvent.HasStatus(MentionStatus.Planned) && !articleEvent.HasStatus(MentionStatus.Cancelled)
        && articleEvent.Mentions.Any(mention => SaysJustBefore(context.TokensOf(mention.SentenceIndex), mention.TriggerToken));

    private const int MaxWordsFromJustToTheMeetingWord = 3;

    private static bool SaysJustBefore(Text.TokenizedText tokens, int trigger)
    {
        for (var i = Math.Max(1, trigger - MaxWordsFromJustToTheMeetingWord - 1); i < trigger; i++)
        {
            if (tokens.Is(i, "just") && tokens.IsAny(i - 1, "has", "have"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Modi met Putin on the sidelines of the BRICS summit in Kazan": a meeting at a forum's summit, undated in the
    /// text, took place during that summit. When the forum met in the city more than once, the article's date must say
    /// which time; without one, only a city the forum met in once dates the meeting.
    /// </summary>
    private static MentionDate? ForumSummitDate(ExtractionContext context, string forum, string city)
    {
        var asOf = context.AsOf.Value;
        var edition = context.Gazetteer.FindEdition(forum, city, asOf?.LastDay);
        if (edition is null || (asOf is null && context.Gazetteer.Editions.Count(e => e.Forum == forum && e.City == city) != 1))
        {
            return null;
        }
        var range = new DateRange(PartialDate.OfDay(edition.Start), edition.End == edition.Start ? null : PartialDate.OfDay(edition.End));
        return Merging.ForumCalendar.DateOf(forum, city, range);
    }

    /// <summary>
    /// "in Samarkand last September", read in a September: a month counted from the article's date may land on the wrong
    /// year, while the forum's summit in that city fixes it. The text's month must agree, and a day moved into the
    /// summit's year must fall during the summit: "on Friday", a week after the forum last met there, is another year's.
    /// </summary>
    private static bool IsMisreadYear(MentionDate date, MentionDate forumSummit) =>
        date.DependsOnAsOf && date.Resolved is { Start: { Month: { } month } start } && forumSummit.Resolved is { } held
        && held.Start.Month == month && held.Start.Year != start.Year
        && (start.Precision != DatePrecision.Day || FallsDuring(InTheYearOf(date, forumSummit).Resolved!.Start, held));

    private static bool FallsDuring(PartialDate day, DateRange summit) =>
        day.FirstDay.DayNumber >= summit.Start.FirstDay.DayNumber - DaysAroundTheSummit
        && day.FirstDay.DayNumber <= (summit.End ?? summit.Start).LastDay.DayNumber + DaysAroundTheSummit;

    /// <summary>Leaders meet on a forum's sidelines in the days just before or after its summit, too.</summary>
    private const int DaysAroundTheSummit = 3;

    /// <summary>"On July 21", read as next year's: the forum's summit that month fixes the year, and the text keeps its day.</summary>
    private static MentionDate InTheYearOf(MentionDate date, MentionDate forumSummit)
    {
        var years = forumSummit.Resolved!.Start.Year - date.Resolved!.Start.Year;
        return date with { Resolved = new DateRange(date.Resolved.Start.AddYears(years), date.Resolved.End?.AddYears(years)), DependsOnAsOf = false };
    }

    private static int Informativeness(SentenceMention mention) =>
        (mention.Date is not null ? 2 : 0) + (mention.City is not null || mention.Country is not null ? 2 : 0)
        + (mention.Venue is not null ? 1 : 0) + (mention.Ordinal is not null ? 2 : 0) + (mention.Forum is not null ? 1 : 0)
        + (mention.IsAnaphor ? -1 : 0);

    private static MentionDate? BestDate(ExtractionContext context, ArticleEvent articleEvent)
    {
        var asOf = context.AsOf.Value;
        var orientation = OrientationOf(articleEvent);
        var resolved = articleEvent.Dated
            .Select(mention => (Mention: mention, Orientation: mention.IsPlanMadeInThePast ? TimeOrientation.Past : orientation ?? mention.DateOrientation))
            .Select(item => (item.Mention, item.Orientation, Range: DateResolver.Resolve(item.Mention.Date!.Expression, asOf, item.Orientation)))
            .ToList();
        var best = resolved.Where(item => item.Range is not null)
            .OrderByDescending(item => item.Range!.Start.Precision)
            // The summit's own day over the span of the visit it was part of.
            .ThenByDescending(item => item.Mention.Kind == articleEvent.Kind)
            .ThenByDescending(item => item.Range!.End is not null)
            .ThenBy(item => DateResolver.DependsOnAsOf(item.Mention.Date!.Expression))
            .FirstOrDefault();
        if (best.Range is null)
        {
            var first = articleEvent.Dated.FirstOrDefault();
            return first is null ? null : new MentionDate(first.Date!.Text, orientation ?? first.DateOrientation, null, true);
        }
        var range = best.Range;
        // Days told of the meeting itself span it; the first day of a longer visit around it does not.
        var ownKind = resolved.Where(item => item.Range is { Start.Precision: DatePrecision.Day } && item.Mention.Kind == articleEvent.Kind).ToList();
        var allDays = resolved.Where(item => item.Range is { Start.Precision: DatePrecision.Day }).Select(item => item.Range!.Start).ToList();
        var days = ownKind.Count > 0 ? ownKind.Select(item => item.Range!.Start).ToList() : allDays;
        if (range.Start.Precision == DatePrecision.Day && range.End is null && days.Count > 1
            && days.Max().FirstDay.DayNumber - days.Min().FirstDay.DayNumber is > 0 and <= 7)
        {
            range = new DateRange(days.Min(), days.Max());
        }
        // The span of a multi-day visit runs from its earliest reported day.
        var duration = articleEvent.Mentions.Select(mention => mention.DurationDays).FirstOrDefault(days => days is > 1);
        if (duration is not null && allDays.Count > 0 && range.Start.Precision == DatePrecision.Day)
        {
            range = MeetingDates.WithDuration(new DateRange(allDays.Min()), duration);
        }
        return new MentionDate(best.Mention.Date!.Text, best.Orientation, range, DateResolver.DependsOnAsOf(best.Mention.Date.Expression));
    }

    /// <summary>
    /// Which way the whole event looks, when its sentences agree: "leaves for Moscow on Monday, where he will hold the
    /// summit" puts Monday ahead even though one of its words looked back. A meeting under way ("Modi and Putin meet
    /// this week") looks neither way: "the summit opens on Thursday" in it still looks ahead.
    /// </summary>
    private static TimeOrientation? OrientationOf(ArticleEvent articleEvent) => (articleEvent.HasStrongPlanned, articleEvent.HasStrongHeld) switch
    {
        (true, false) => TimeOrientation.Future,
        (false, true) => TimeOrientation.Past,
        _ => null,
    };

    private static (string? City, string? Country, string? Venue) Place(ExtractionContext context, ArticleEvent articleEvent, bool isMain)
    {
        // A call joins two places; the places its sentences name are where other things happened.
        if (articleEvent.Kind == SummitKind.PhoneCall)
        {
            return (null, null, null);
        }
        if (articleEvent.Venue is { } venue)
        {
            return (venue.City, venue.Country, venue.Name);
        }
        if (articleEvent.City is { } city)
        {
            return (city.Name, city.Country, null);
        }
        if (articleEvent.Country is { } country)
        {
            return (null, country.Name, null);
        }
        // A story filed from Moscow about a meeting it does not place is about a meeting in Moscow; one filed from
        // Brasilia about talks "on the sidelines of the BRICS summit here" is about a meeting in Brasilia.
        // A meeting called off or still ahead did not take place where the story was filed.
        if (isMain && articleEvent.Kind != SummitKind.PhoneCall && !articleEvent.HasStatus(MentionStatus.Cancelled) && !articleEvent.HasStrongPlanned
            && DatelineCity(context) is { } datelineCity
            && (datelineCity.Country is "India" or "Russia" || articleEvent.Kind == SummitKind.Multilateral || SaysHere(context, articleEvent)))
        {
            return (datelineCity.Name, datelineCity.Country, null);
        }
        return (null, null, null);
    }

    /// <summary>
    /// "By our Special Correspondent | Samarkand | Sat 17 Sept 2022 … Modi's meeting with Putin yesterday": a story filed
    /// from a city abroad while a forum's summit met there, about an unplaced meeting on a day of that summit, is about
    /// a meeting on its sidelines.
    /// </summary>
    private static ForumEdition? ForumHeldWhereFiled(ExtractionContext context, ArticleEvent articleEvent, DateRange? date)
    {
        if (articleEvent.Kind == SummitKind.PhoneCall || articleEvent.HasStatus(MentionStatus.Cancelled)
            || date is not { Start.Precision: DatePrecision.Day } || DatelineCity(context) is not { } filedFrom)
        {
            return null;
        }
        foreach (var edition in context.Gazetteer.Editions)
        {
            if (string.Equals(edition.City, filedFrom.Name, StringComparison.OrdinalIgnoreCase)
                && date.Start.FirstDay >= edition.Start.AddDays(-DaysAroundTheSummit) && (date.End ?? date.Start).LastDay <= edition.End.AddDays(DaysAroundTheSummit))
            {
                return edition;
            }
        }
        return null;
    }

    private static bool SaysHere(ExtractionContext context, ArticleEvent articleEvent)
    {
        foreach (var mention in articleEvent.Mentions)
        {
            var tokens = context.TokensOf(mention.SentenceIndex);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens.Is(i, "here"))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static City? DatelineCity(ExtractionContext context)
    {
        if (context.Document.Dateline is not { } dateline)
        {
            return null;
        }
        var tokens = Text.Tokenizer.Tokenize(dateline.Text);
        return context.Gazetteer.Names.FindAll(tokens).Select(name => name.Value).OfType<City>().FirstOrDefault();
    }

    /// <summary>
    /// "Putin, whose trip had been put off by eight weeks, held the 13th summit on Monday": a meeting put off and then
    /// reported held, on a day before the story was written, took place.
    /// </summary>
    private static bool WasHeldAfterAll(ExtractionContext context, ArticleEvent articleEvent, DateRange? date) =>
        date is { Start.Precision: DatePrecision.Day } && context.AsOf.Value is { } asOf && (date.End ?? date.Start).LastDay < asOf.FirstDay
        && articleEvent.Mentions.Any(mention => mention.Status == MentionStatus.Held && mention.StatusIsStrong && mention.Date is not null);

    private static SummitStatus StatusOf(ExtractionContext context, ArticleEvent articleEvent, DateRange? date)
    {
        if (articleEvent.HasStatus(MentionStatus.Cancelled) && !WasHeldAfterAll(context, articleEvent, date))
        {
            return SummitStatus.Cancelled;
        }
        if (date is not null && context.AsOf.Value is { } asOf)
        {
            if ((date.End ?? date.Start).LastDay < asOf.FirstDay)
            {
                return SummitStatus.Held;
            }
            if (!context.AsOf.IsLowerBound && date.Start.FirstDay > asOf.LastDay)
            {
                return SummitStatus.Planned;
            }
        }
        if (articleEvent.IsCurrent || articleEvent.Mentions.Any(mention => mention.Status == MentionStatus.Held && mention.StatusIsStrong))
        {
            return SummitStatus.Held;
        }
        return articleEvent.HasStatus(MentionStatus.Planned) ? SummitStatus.Planned : SummitStatus.Held;
    }
}
