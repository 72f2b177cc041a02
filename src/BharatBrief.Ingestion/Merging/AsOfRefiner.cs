using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Extractors.Summits;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Merging;

/// <summary>
/// Dates articles by the meetings they report. An article whose own text gives at best a lower bound, and whose
/// main meeting is one that other sources date ("an informal meeting on Monday" at Novo-Ogaryovo, which others put in
/// July 2024), was written when that meeting was news. So was one that gives its meeting's day without the year
/// ("MOSCOW, February 23 - Putin and Vajpayee spoke over the phone on February 23", after events of August 2002): the
/// first year its text allows is only the earliest, and the call other sources date to 23 February 2004 is its news.
/// </summary>
internal static class AsOfRefiner
{
    /// <summary>How long before an announced meeting a story that previews it is taken to be written, as when the article was read.</summary>
    private const int PreviewDays = 14;

    public static Dictionary<int, AsOfDate> Refine(IReadOnlyList<ArticleFacts> articles, IReadOnlyDictionary<MentionRef, SummitCluster> clusterOf)
    {
        var refinements = new Dictionary<int, AsOfDate>();
        var byDay = new Lazy<ILookup<(int Month, int Day), SummitCluster>>(() => clusterOf.Values.Distinct()
            .Where(cluster => cluster.Dates is { Start.Precision: DatePrecision.Day })
            .ToLookup(cluster => (cluster.Dates!.Start.FirstDay.Month, cluster.Dates.Start.FirstDay.Day)));
        foreach (var article in articles)
        {
            if (article.Summits.Count == 0)
            {
                continue;
            }
            if ((ByMainMeeting(article, clusterOf) ?? ByARecalledMeeting(article, clusterOf) ?? ByDayOfTheMainMeeting(article, clusterOf, byDay)
                    ?? ByWeekdayOfTheMainMeeting(article, clusterOf, byDay)) is { } refined
                && !PassesAMeetingItAnnounces(article, refined))
            {
                refinements[article.ArticleId] = refined;
            }
        }
        return refinements;
    }

    /// <summary>
    /// "Modi and Putin will hold an informal summit in New Delhi on October 9, 2018": a story that announces a meeting it
    /// dates with the year was written before that meeting, whatever a meeting it recalls ("the 15th summit last year")
    /// seems to say.
    /// </summary>
    private static bool PassesAMeetingItAnnounces(ArticleFacts article, AsOfDate refined) =>
        refined.Value is { } story && article.Summits.Any(mention => mention.Status == SummitStatus.Planned
            && mention.Date is { DependsOnAsOf: false, Resolved: { } announced } date
            && DateGrammar.ParseExact(date.Text) is { } written && !DateResolver.DependsOnAsOf(written)
            && (announced.End ?? announced.Start).LastDay < story.FirstDay);

    private static AsOfDate? ByMainMeeting(ArticleFacts article, IReadOnlyDictionary<MentionRef, SummitCluster> clusterOf)
    {
        if (article.AsOf.Value is not null && !article.AsOf.IsLowerBound)
        {
            return null;
        }
        var main = article.Summits[0];
        var undatedByItself = main.Date is null || (main.Date.DependsOnAsOf && main.Date.Resolved is null);
        if (main.Status != SummitStatus.Held || !undatedByItself
            || !clusterOf.TryGetValue(new MentionRef(article.ArticleId, 0), out var cluster)
            || cluster.Members.Count < 2
            || cluster.Dates is not { Start.Precision: >= DatePrecision.Month } dates
            || (article.AsOf.Value is { } bound && dates.Start.FirstDay < bound.FirstDay))
        {
            return null;
        }
        var place = cluster.City ?? cluster.HostCountry ?? "a meeting";
        var month = dates.Start.Truncate(DatePrecision.Month);
        return new AsOfDate(month, $"reports the {place} meeting of {month} as news");
    }

    /// <summary>
    /// "The annual summit format continued with the 12th summit in Moscow last year": a meeting the story names beyond
    /// doubt (by its number, or as a forum's summit in its city) and dates by a year counted from its own, where sources
    /// that give the year date that meeting, tells the story's year. Only a later year than the story's own earliest.
    /// </summary>
    private static AsOfDate? ByARecalledMeeting(ArticleFacts article, IReadOnlyDictionary<MentionRef, SummitCluster> clusterOf)
    {
        if (article.AsOf is not { Value: { } bound, YearIsOnlyTheEarliest: true })
        {
            return null;
        }
        for (var index = 0; index < article.Summits.Count; index++)
        {
            var mention = article.Summits[index];
            if ((mention.Ordinal is null && (mention.Forum is null || mention.City is null))
                || mention.Date is not { } date
                || DateGrammar.ParseExact(date.Text) is not RelativeYear { } relative
                || !clusterOf.TryGetValue(new MentionRef(article.ArticleId, index), out var cluster)
                || cluster.Dates is not { } dates
                || !cluster.IsDatedInFullByTwoArticles(article.ArticleId))
            {
                continue;
            }
            var years = dates.Start.Year - relative.Offset - bound.Year;
            if (years > 0)
            {
                var recalled = mention.Ordinal is { } ordinal ? $"the {SummitTitles.Ordinal(ordinal)} summit" : $"the {mention.Forum} summit in {mention.City}";
                // Only the year is learnt: the day stays as good a guess as it was, and months counted from it stay weak.
                return new AsOfDate(bound.AddYears(years), $"other sources date {recalled}, which it puts {RelativeYearPhrase(relative)}, {dates.Start.Year}; {AsOfDate.YearInferredFromEvents}",
                    article.AsOf.IsLowerBound);
            }
        }
        return null;
    }

    private static AsOfDate? ByDayOfTheMainMeeting(
        ArticleFacts article, IReadOnlyDictionary<MentionRef, SummitCluster> clusterOf, Lazy<ILookup<(int Month, int Day), SummitCluster>> byDay)
    {
        var main = article.Summits[0];
        if (article.AsOf is not { Value: { } bound, YearIsOnlyTheEarliest: true }
            || main.Status == SummitStatus.Cancelled
            || main.Date is not { } date
            || DateGrammar.ParseExact(date.Text) is not YearlessDate { Day: { } day, YearOffset: null, EndMonth: null } yearless
            || (clusterOf.TryGetValue(new MentionRef(article.ArticleId, 0), out var own) && IsDatedByAnotherSource(own, article.ArticleId)))
        {
            return null;
        }
        var meeting = byDay.Value[(yearless.Month, day)]
            .Where(cluster => cluster.Dates!.Start.FirstDay >= bound.FirstDay && !cluster.Includes(article.ArticleId)
                && TellsOfOneMeeting(cluster, main) && cluster.Members.Select(member => member.Ref.ArticleId).Distinct().Skip(1).Any())
            .MinBy(cluster => cluster.Dates!.Start.FirstDay);
        if (meeting is null)
        {
            return null;
        }
        var start = meeting.Dates!.Start;
        var basis = $"gives the day of its meeting without the year; other sources date that meeting {start}";
        if (date.Resolved is { } resolved)
        {
            // The year was the first the text allowed: the story moves by as many years as its meeting does.
            var years = start.Year - resolved.Start.Year;
            return years == 0 ? null : new AsOfDate(bound.AddYears(years), basis);
        }
        return main.Status == SummitStatus.Held
            ? new AsOfDate(start.Truncate(DatePrecision.Month), basis)
            : new AsOfDate(PartialDate.OfDay(start.FirstDay.AddDays(-PreviewDays)).Truncate(DatePrecision.Month), basis);
    }

    /// <summary>How many years after the first its text allows a story dated by day and month alone is looked for.</summary>
    private const int LaterYearsTried = 2;

    /// <summary>
    /// "MOSCOW, Dec 16 - Putin and Modi spoke by phone on Friday": a story that gives its day and month but not its year,
    /// whose main meeting is dated only by a day of the story's week ("on Friday"), was put in the first year its text
    /// allows, where that weekday may fall on the dateline's day itself. Read in each of the next few years instead, the
    /// phrase may land on a meeting of its kind between the same leaders that other sources date: the first such year is
    /// the story's. A meeting others already date in the guessed year keeps it. ("Yesterday" keeps its day and month in
    /// any year: the day-and-month rules take it.)
    /// </summary>
    private static AsOfDate? ByWeekdayOfTheMainMeeting(
        ArticleFacts article, IReadOnlyDictionary<MentionRef, SummitCluster> clusterOf, Lazy<ILookup<(int Month, int Day), SummitCluster>> byDay)
    {
        var main = article.Summits[0];
        if (article.AsOf is not { Value: { Precision: DatePrecision.Day } bound, StatesItsDayWithoutTheYear: true, YearIsOnlyTheEarliest: true }
            || main.Status == SummitStatus.Cancelled
            || main.Date is not { DependsOnAsOf: true } date
            || DateGrammar.ParseExact(date.Text) is not { } expression || expression is not WeekdayDate { WeekOffset: 0 }
            || (clusterOf.TryGetValue(new MentionRef(article.ArticleId, 0), out var own) && IsDatedByAnotherSource(own, article.ArticleId)))
        {
            return null;
        }
        for (var years = 1; years <= LaterYearsTried; years++)
        {
            var asOf = bound.AddYears(years);
            if (DateResolver.Resolve(expression, asOf, date.Orientation) is not { Start.Precision: DatePrecision.Day } read)
            {
                continue;
            }
            var day = read.Start.FirstDay;
            var meeting = byDay.Value[(day.Month, day.Day)]
                .FirstOrDefault(cluster => cluster.Dates!.Start.FirstDay == day && !cluster.Includes(article.ArticleId)
                    && TellsOfOneMeeting(cluster, main) && IsDatedByAnotherSource(cluster, article.ArticleId));
            if (meeting is not null)
            {
                return new AsOfDate(asOf, $"gives its meeting's weekday under a day without the year; other sources date that meeting {meeting.Dates!.Start}");
            }
        }
        return null;
    }

    private static string RelativeYearPhrase(RelativeYear relative) => relative.Offset switch
    {
        -1 => "last year",
        0 => "this year",
        1 => "next year",
        < 0 => $"{-relative.Offset} years ago",
        _ => $"in {relative.Offset} years",
    };

    // Stories that all guessed the same first year for the same day do not date their meeting for one another.
    private static bool IsDatedByAnotherSource(SummitCluster cluster, int articleId) =>
        cluster.Members.Any(member => member.Ref.ArticleId != articleId && (member.IsDatedInFull || !member.AsOf.YearIsOnlyTheEarliest));

    private static bool TellsOfOneMeeting(SummitCluster cluster, SummitMention mention) =>
        SummitKinds.AreCompatible(cluster.Kind, cluster.City, mention.Kind, mention.City)
        && (mention.City is null || cluster.City is null || string.Equals(mention.City, cluster.City, StringComparison.OrdinalIgnoreCase))
        && (mention.Participants.Count == 0 || mention.Participants.All(cluster.HasParticipant));
}
