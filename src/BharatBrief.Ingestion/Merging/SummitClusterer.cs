using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Extractors.Summits;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Merging;

/// <summary>
/// Gathers the mentions of all articles into one cluster per real meeting. The most telling mentions go first and
/// found clusters; each later mention joins the cluster it fits best — compatible kind, place, number, dates and
/// leaders, and a time that agrees with its article ("planned" in an article written before the meeting) — or
/// founds its own. Two events one article keeps apart are never merged, and a mention that says nothing beyond
/// "the leaders met" stays on its own rather than be guessed into a meeting.
/// </summary>
internal sealed class SummitClusterer(Gazetteer gazetteer)
{
    private const int MinimumScore = 3;
    private const int UndatedYear = 0;

    private readonly Dictionary<int, List<SummitCluster>> _byYear = [];
    private readonly Dictionary<int, List<SummitCluster>> _byOrdinal = [];

    public List<SummitCluster> Cluster(IEnumerable<SourcedSummit> mentions)
    {
        var clusters = new List<SummitCluster>();
        foreach (var mention in InAnOrderOfTheirOwn(mentions))
        {
            var best = mention.IsFeatureless ? null : BestCluster(mention);
            var numbered = best is null && !mention.IsFeatureless ? SameNumberedSummit(mention) : null;
            if (best is null && numbered is null)
            {
                best = new SummitCluster(mention);
                clusters.Add(best);
                IndexOf(_byYear, mention.Dates?.Start.Year ?? UndatedYear).Add(best);
                IndexByOrdinal(best, hadOrdinal: false);
            }
            else if (numbered is not null)
            {
                // The number names the meeting; a year read from the article's own date may be wrong, and is outvoted.
                numbered.Add(mention);
            }
            else
            {
                var hadOrdinal = best!.Ordinal is not null;
                best.Add(mention);
                IndexByOrdinal(best, hadOrdinal);
            }
        }
        return MergeCompatibleGroups(MergeSidelineMeetingsIntoTheirForum(MergeForumEchoesIntoTheDatedSummit(MergeInferredIntoFirm(MergeMonthsIntoTheirDay(MergePlacelessIntoTheirDay(MergeSatellites(MergeYearlessIntoDated(MergeOncePerYear(MergeSameNumberAndCity(MergeSameNumbered(clusters)))))))))));
    }

    /// <summary>
    /// There is one nth annual summit: clusters that most of their reports number alike and place in the same city are
    /// that summit whatever year they give (a "12th summit in Moscow last year" read from a story dated a year early,
    /// or not dated at all). The cluster most reports date in full keeps its date; the others' years stay claims. A
    /// cluster a report dates in full is a meeting of its own, misnumbered (a state visit to Moscow a year before the
    /// summit there), and stays, unless its reports give no more than a year while the summit of its number and city is
    /// dated to the day ("the 7th summit in New Delhi in 2010" beside reports of the 7th there on 1 July 2008).
    /// Clusters numbered alike in different cities stay apart: one of them is misnumbered, and the record shows both.
    /// </summary>
    private static List<SummitCluster> MergeSameNumberAndCity(List<SummitCluster> clusters)
    {
        var byNumberAndCity = new Dictionary<(int, string), SummitCluster>();
        return MergeInto(
            clusters,
            StrongestFirst(clusters.Where(cluster => cluster.Kind == SummitKind.AnnualSummit && cluster.Ordinal is not null && cluster.City is not null)),
            cluster => byNumberAndCity.TryGetValue((cluster.Ordinal!.Value, cluster.City!), out var same)
                && (!cluster.HasAReportDatingItInFull || IsAYearAgainstTheDayOfItsSummit(cluster, same)) ? same : null,
            cluster => byNumberAndCity.TryAdd((cluster.Ordinal!.Value, cluster.City!), cluster));
    }

    private static bool IsAYearAgainstTheDayOfItsSummit(SummitCluster yearOnly, SummitCluster summit) =>
        yearOnly.Members.Where(member => member.IsDatedInFull).All(member => member.Dates!.Start.Precision == DatePrecision.Year)
        && summit.HasAReportGivingItsDayInFull
        && summit.ReportsDatingItInFull > yearOnly.ReportsDatingItInFull;

    /// <summary>The clusters most reports date in full first, then those most reports support; ties by the earliest article.</summary>
    private static IEnumerable<SummitCluster> StrongestFirst(IEnumerable<SummitCluster> clusters) => clusters
        .OrderByDescending(cluster => cluster.ReportsDatingItInFull)
        .ThenByDescending(cluster => cluster.Members.Count)
        .ThenBy(cluster => cluster.Members.Min(member => member.Ref.ArticleId));

    /// <summary>
    /// Some meetings come once a year. The annual summit never meets twice in one city in one year: annual-summit
    /// clusters of one year in the same city, or with the same number, are one summit (the two of 2007, in New Delhi in
    /// January and in Moscow in November, numbered 7th and 8th, stay apart); "the 2001 summit", with no place or number,
    /// is the year's best-supported one, unless it gives another month. A forum holds one summit a year: the
    /// leaders' meetings at one forum in one year are one when they agree on the city or the month (a dateline's city,
    /// or the last summit's, is often read as the forum's; a visit in another month that a report ties to the forum is
    /// not its summit). The cluster most
    /// reports date in full (then the most reports support) keeps its date and place; the others' dates stay as
    /// claims, shown as conflicts.
    /// </summary>
    private static List<SummitCluster> MergeOncePerYear(List<SummitCluster> clusters)
    {
        var byYear = new Dictionary<int, List<SummitCluster>>();
        return MergeInto(
            clusters,
            StrongestFirst(clusters.Where(cluster =>
                cluster.Dates is not null && (cluster.ShownKind == SummitKind.AnnualSummit || (cluster.ShownKind == SummitKind.Multilateral && cluster.Forum is not null)))),
            cluster => IndexOf(byYear, cluster.Dates!.Start.Year).Find(other => AreTheOneMeetingOfTheYear(other, cluster)),
            cluster => IndexOf(byYear, cluster.Dates!.Start.Year).Add(cluster));
    }

    /// <summary>
    /// "The summit in Moscow on December 23", in a story whose year was only inferred: when no report of a meeting gives
    /// its day with the year, and sources that do date a meeting of the same kind, in the same place, on the same day and month of a
    /// year close by, the reports were of that meeting; their year is kept as a claim, and so is a number they give it
    /// (the day, month and place outweigh a number a preview got wrong).
    /// </summary>
    private List<SummitCluster> MergeYearlessIntoDated(List<SummitCluster> clusters)
    {
        var established = clusters
            .Where(cluster => cluster.Dates is { Start.Precision: DatePrecision.Day } && cluster.IsDatedInFullByTwoArticles())
            .ToLookup(cluster => (cluster.Dates!.Start.FirstDay.Month, cluster.Dates.Start.FirstDay.Day));
        return MergeInto(
            clusters,
            clusters.Where(cluster => cluster.Dates is { Start.Precision: DatePrecision.Day } && !cluster.HasAReportGivingItsDayInFull),
            cluster =>
            {
                var dates = cluster.Dates!;
                var year = dates.Start.Year;
                return established[(dates.Start.FirstDay.Month, dates.Start.FirstDay.Day)]
                    .Where(other => other.Dates!.Start.Year != year && (Math.Abs(other.Dates.Start.Year - year) <= NearbyYears || IsOneAnnualSummitInOneCity(other, cluster))
                        && IsTheSameMeetingOnItsDay(other, cluster))
                    .MinBy(other => Math.Abs(other.Dates!.Start.Year - year));
            });
    }

    /// <summary>
    /// One visit told by many reports: a meeting in person in the same city within a week of a better-supported one is
    /// that meeting when no report gives its day with the year ("on Wednesday" counted from a story date a week out),
    /// or when both fall on the same day. Its days stay claims.
    /// </summary>
    private static List<SummitCluster> MergeSatellites(List<SummitCluster> clusters)
    {
        var kept = new List<SummitCluster>();
        return MergeInto(
            clusters,
            StrongestFirst(clusters.Where(cluster =>
                cluster.Dates is { Start.Precision: DatePrecision.Day } && cluster.City is not null && cluster.Kind is not (SummitKind.PhoneCall or SummitKind.Multilateral))),
            cluster => kept.Find(other => other.City == cluster.City && SummitKinds.AreCompatible(other.Kind, other.City, cluster.Kind, cluster.City)
                && Math.Abs(other.Dates!.Start.FirstDay.DayNumber - cluster.Dates!.Start.FirstDay.DayNumber) is var apart
                && (apart == 0 || (apart <= SatelliteDays && !cluster.HasAReportGivingItsDayInFull))),
            kept.Add);
    }

    /// <summary>
    /// "Modi will travel to Russia on January 19–20" beside reports of the summit in Moscow on those days: a meeting in
    /// person that no credible report places in a city, dated to the day, is the one meeting of a compatible kind in a
    /// city of the same country that starts on that day with the same leaders, unless one article tells the two apart.
    /// With two such meetings it could be either, and stays apart.
    /// </summary>
    internal List<SummitCluster> MergePlacelessIntoTheirDay(List<SummitCluster> clusters)
    {
        var placedByDay = clusters
            .Where(cluster => cluster.Dates is { Start.Precision: DatePrecision.Day } && cluster.City is not null && IsInPerson(cluster.Kind))
            .ToLookup(cluster => cluster.Dates!.Start.FirstDay);
        return MergeInto(
            clusters,
            clusters.Where(cluster => cluster.Dates is { Start.Precision: DatePrecision.Day } && cluster.City is null && cluster.HostCountry is not null && IsInPerson(cluster.Kind)),
            cluster =>
            {
                var sameDay = placedByDay[cluster.Dates!.Start.FirstDay]
                    .Where(host => gazetteer.FindCity(host.City!)?.Country == cluster.HostCountry && !host.SharesAnArticleWith(cluster)
                        && SummitKinds.AreCompatible(host.Kind, host.City, cluster.Kind, null)
                        && host.HasStatus(SummitStatus.Cancelled) == cluster.HasStatus(SummitStatus.Cancelled)
                        && !Differ(host.Forum, cluster.Forum)
                        && LeadersAgree(host, cluster.Participants, host.Dates!.Start.Year) && host.Participants.Intersect(cluster.Participants).Any())
                    .Take(2).ToList();
                return sameDay.Count == 1 ? sameDay[0] : null;
            });
    }

    private static bool IsInPerson(SummitKind kind) => kind is not (SummitKind.PhoneCall or SummitKind.Multilateral);

    /// <summary>
    /// "Modi's visit to Vladivostok in November last year" beside reports of the visit on 10 November: a meeting placed
    /// only in a month is the one meeting of its kind that sources date to a day of that month, in the same place (or,
    /// for a call, with the same leaders). With two such meetings in the month it could be either, and stays apart.
    /// </summary>
    private List<SummitCluster> MergeMonthsIntoTheirDay(List<SummitCluster> clusters)
    {
        var byMonth = clusters.Where(cluster => cluster.Dates is { Start.Precision: DatePrecision.Day })
            .ToLookup(cluster => (cluster.Dates!.Start.Year, cluster.Dates.Start.Month));
        return MergeInto(
            clusters,
            clusters.Where(cluster => cluster.Dates is { Start.Precision: DatePrecision.Month }),
            cluster =>
            {
                var sameMonth = byMonth[(cluster.Dates!.Start.Year, cluster.Dates.Start.Month)]
                    .Where(day => IsTheSameMeetingOnItsDay(day, cluster) && (cluster.Forum is null || day.Forum == cluster.Forum))
                    .Take(2).ToList();
                return sameMonth.Count == 1 ? sameMonth[0] : null;
            });
    }

    /// <summary>
    /// A meeting whose date is only counted from a guessed article date ("spoke by phone on Monday" in a story with no
    /// date of its own) is, when a meeting of its kind between the same leaders that sources date firmly lies within a
    /// few months of the guess, that meeting misdated: it joins the nearest such meeting, its date kept as a claim. A
    /// planned or held meeting does not join a cancelled one, nor the other way round.
    /// </summary>
    private List<SummitCluster> MergeInferredIntoFirm(List<SummitCluster> clusters)
    {
        var inferred = clusters.Where(cluster => SummitConfidence.DatedOnlyByInference(cluster) is { AsOf.StatesItsDayWithoutTheYear: false }).ToHashSet();
        var firm = clusters.Where(cluster => cluster.Dates is not null && !cluster.RestsOnWeakMentions && !inferred.Contains(cluster)).ToList();
        return MergeInto(
            clusters,
            StrongestFirst(inferred),
            cluster => firm
                .Where(host => host.HasStatus(SummitStatus.Cancelled) == cluster.HasStatus(SummitStatus.Cancelled)
                    && SummitKinds.AreCompatible(host.Kind, host.City, cluster.Kind, cluster.City) && !Differ(host.City, cluster.City)
                    && !Differ(host.Forum, cluster.Forum) && !Differ(host.Ordinal, cluster.Ordinal)
                    && host.Dates!.Start.Precision >= cluster.Dates!.Start.Precision && DaysApart(host.Dates, cluster.Dates) <= MisdatedDays
                    && LeadersAgree(host, cluster.Participants, host.Dates.Start.Year) && host.Participants.Intersect(cluster.Participants).Any())
                .MinBy(host => DaysApart(host.Dates!, cluster.Dates!)));
    }

    /// <summary>
    /// "At the G20 summit in Riyadh last year", "the SCO summit in Moscow", under a story date that was only guessed (or
    /// dated by the gazetteer's edition of a summit the text does not date, or by one stray date a sentence lent it): a
    /// forum's summit in a city that fewer than two articles date in full is the summit of that forum in that city that
    /// two articles or more do date in full, the nearest in time when the forum met there more than once (an undated
    /// one only when it met there once), and dated at least as precisely, so that the firm date stays. Its dates stay
    /// claims. A summit called off joins only one some report calls off. Only reports that place the summit in its city
    /// date it: "their first meeting since October 2017", said beside a BRICS summit, dates no BRICS summit in Moscow.
    /// </summary>
    internal static List<SummitCluster> MergeForumEchoesIntoTheDatedSummit(List<SummitCluster> clusters)
    {
        var datedInFull = clusters.Where(cluster => IsAForumSummitInACity(cluster) && cluster.Dates is not null && IsDatedInFullInItsCity(cluster))
            .ToLookup(cluster => (cluster.Forum!, cluster.City!));
        return MergeInto(
            clusters,
            StrongestFirst(clusters.Where(cluster => IsAForumSummitInACity(cluster) && !IsDatedInFullInItsCity(cluster))),
            cluster =>
            {
                var hosts = datedInFull[(cluster.Forum!, cluster.City!)]
                    .Where(host => (host.HasStatus(SummitStatus.Cancelled) || !cluster.HasStatus(SummitStatus.Cancelled))
                        && (cluster.Dates is null || host.Dates!.Start.Precision >= cluster.Dates.Start.Precision))
                    .ToList();
                return cluster.Dates is { } dates
                    ? hosts.OrderBy(host => DaysApart(host.Dates!, dates)).ThenBy(host => host.Dates!.Start.FirstDay).FirstOrDefault()
                    : hosts.Count == 1 ? hosts[0] : null;
            });
    }

    /// <summary>
    /// "Modi meets Putin at BRICS summit", under a dateline in Goa: a leaders' meeting of no stated kind or forum in a city,
    /// dated to the day, is their meeting on the sidelines of the one forum summit held in that city within a week of
    /// it. With two such summits it could be either, and stays apart.
    /// </summary>
    internal List<SummitCluster> MergeSidelineMeetingsIntoTheirForum(List<SummitCluster> clusters)
    {
        var forumSummits = clusters.Where(cluster => IsAForumSummitInACity(cluster) && cluster.Dates is { Start.Precision: DatePrecision.Day }).ToList();
        return MergeInto(
            clusters,
            clusters.Where(cluster => cluster.Kind == SummitKind.Meeting && cluster.Forum is null && cluster.City is not null
                && cluster.Dates is { Start.Precision: DatePrecision.Day }),
            cluster =>
            {
                var beside = forumSummits
                    .Where(forum => forum.City == cluster.City && DaysApart(forum.Dates!, cluster.Dates!) <= SatelliteDays
                        && forum.HasStatus(SummitStatus.Cancelled) == cluster.HasStatus(SummitStatus.Cancelled)
                        && LeadersAgree(forum, cluster.Participants, forum.Dates!.Start.Year))
                    .Take(2).ToList();
                return beside.Count == 1 ? beside[0] : null;
            });
    }

    /// <summary>
    /// The passes above take their candidates one after another, so a group can be left beside the meeting it belongs
    /// to only because of the order its reports came in ("Putin's visit to Goa last year" beside the visit of 1–3
    /// December 2024). Once every group is formed, a group joins the one group that says more about a meeting it cannot
    /// be told from: a compatible kind, the same forum, number, city and country where both give one, dates that
    /// overlap or nest, and the same leaders; of several, the one that names most alike (the same city, venue, number
    /// or forum). With two such groups alike it could be either, and waits until they are one. Each round reads the
    /// groups as they stand, never the order they were found in, so the same groups give the same result. Two reports
    /// in one article are two meetings unless one only dates more loosely what the other dates precisely.
    /// </summary>
    internal List<SummitCluster> MergeCompatibleGroups(List<SummitCluster> clusters)
    {
        while (true)
        {
            var byYear = clusters.Where(cluster => cluster.Dates is not null).ToLookup(cluster => cluster.Dates!.Start.Year);
            var hostOf = new Dictionary<SummitCluster, SummitCluster>();
            foreach (var cluster in clusters.Where(cluster => cluster.Dates is not null))
            {
                var year = cluster.Dates!.Start.Year;
                var hosts = byYear[year - 1].Concat(byYear[year]).Concat(byYear[year + 1])
                    .Where(host => host != cluster && SaysMoreThan(host, cluster) && CannotBeToldApart(host, cluster))
                    .GroupBy(host => NamesInCommon(host, cluster))
                    .MaxBy(group => group.Key)?.Take(2).ToList();
                if (hosts is [var host])
                {
                    hostOf[cluster] = host;
                }
            }
            // A group that joins another this round takes none itself: what joined it would otherwise depend on which merge came first.
            var merging = hostOf.Where(pair => !hostOf.ContainsKey(pair.Value)).ToList();
            if (merging.Count == 0)
            {
                return clusters;
            }
            foreach (var (cluster, host) in merging)
            {
                host.Absorb(cluster);
            }
            var absorbed = merging.Select(pair => pair.Key).ToHashSet();
            clusters = clusters.Where(cluster => !absorbed.Contains(cluster)).ToList();
        }
    }

    /// <summary>How many of city, venue, number and forum both give alike: "in Mumbai" beside a summit in Mumbai says more than beside one in India.</summary>
    private static int NamesInCommon(SummitCluster a, SummitCluster b) =>
        (a.City is not null && a.City == b.City ? 1 : 0) + (a.Venue is not null && a.Venue == b.Venue ? 1 : 0)
        + (a.Ordinal is not null && a.Ordinal == b.Ordinal ? 1 : 0) + (a.Forum is not null && a.Forum == b.Forum ? 1 : 0);

    private bool CannotBeToldApart(SummitCluster host, SummitCluster cluster) =>
        SummitKinds.AreCompatible(host.ShownKind, host.City, cluster.ShownKind, cluster.City)
        && !Differ(host.Forum, cluster.Forum) && !Differ(host.Ordinal, cluster.Ordinal)
        && !IsAForumSummitBesideANumberedOne(host.Ordinal, host.Kind, cluster.Forum, cluster.Kind)
        && !IsAForumSummitBesideANumberedOne(cluster.Ordinal, cluster.Kind, host.Forum, host.Kind)
        && !Differ(host.City, cluster.City) && !Differ(host.HostCountry, cluster.HostCountry)
        && host.HasStatus(SummitStatus.Cancelled) == cluster.HasStatus(SummitStatus.Cancelled)
        && MeetingDates.CanBeSameMeeting(host.Dates!, cluster.Dates!)
        && (!host.SharesAnArticleWith(cluster) || host.Dates!.Start.Precision > cluster.Dates!.Start.Precision)
        && LeadersAgree(host, cluster.Participants, host.Dates!.Start.Year);

    /// <summary>
    /// The more precisely dated, then the one more articles report, then the one more reports date in full; then, so
    /// that no tie is left to the order of arrival, the earlier date, and the names it gives in the ordinal order.
    /// </summary>
    private static bool SaysMoreThan(SummitCluster a, SummitCluster b)
    {
        var byPrecision = a.Dates!.Start.Precision.CompareTo(b.Dates!.Start.Precision);
        if (byPrecision != 0)
        {
            return byPrecision > 0;
        }
        var byArticles = a.ArticleCount.CompareTo(b.ArticleCount);
        if (byArticles != 0)
        {
            return byArticles > 0;
        }
        var byFullDates = a.ReportsDatingItInFull.CompareTo(b.ReportsDatingItInFull);
        if (byFullDates != 0)
        {
            return byFullDates > 0;
        }
        var byDate = a.Dates.Start.FirstDay.CompareTo(b.Dates.Start.FirstDay);
        if (byDate != 0)
        {
            return byDate < 0;
        }
        return string.CompareOrdinal(Describe(a), Describe(b)) < 0;
    }

    private static string Describe(SummitCluster cluster) =>
        $"{cluster.ShownKind}|{cluster.City}|{cluster.HostCountry}|{cluster.Forum}|{cluster.Ordinal}|{cluster.Dates}|{string.Join(',', cluster.Participants.Order(StringComparer.Ordinal))}";

    private static bool IsDatedInFullInItsCity(SummitCluster cluster) => cluster.IsDatedInFullByTwoArticles(placedIn: cluster.City);

    private static bool IsAForumSummitInACity(SummitCluster cluster) =>
        cluster.ShownKind == SummitKind.Multilateral && cluster.Forum is not null && cluster.City is not null;

    /// <summary>How far a date counted from a guessed article date may lie from the meeting it misdates.</summary>
    private const int MisdatedDays = 120;

    private static int DaysApart(DateRange a, DateRange b) =>
        Math.Abs(Middle(a.Start) - Middle(b.Start));

    private static int Middle(PartialDate date) => (date.FirstDay.DayNumber + date.LastDay.DayNumber) / 2;

    /// <summary>
    /// One merging pass: each candidate in turn is absorbed by the host it finds, or else is remembered as a host for
    /// those after it. Returns the clusters that remain.
    /// </summary>
    private static List<SummitCluster> MergeInto(
        List<SummitCluster> clusters, IEnumerable<SummitCluster> candidates, Func<SummitCluster, SummitCluster?> hostOf, Action<SummitCluster>? remember = null)
    {
        var absorbed = new HashSet<SummitCluster>();
        foreach (var cluster in candidates)
        {
            if (hostOf(cluster) is { } host)
            {
                host.Absorb(cluster);
                absorbed.Add(cluster);
            }
            else
            {
                remember?.Invoke(cluster);
            }
        }
        return absorbed.Count == 0 ? clusters : clusters.Where(cluster => !absorbed.Contains(cluster)).ToList();
    }

    private const int SatelliteDays = 7;

    /// <summary>How far from a year the text did not state a dated meeting may lie and still be the one meant.</summary>
    private const int NearbyYears = 2;

    // The annual summit in one city on one day and month is one summit, whichever year a guessed story date gave it.
    private static bool IsOneAnnualSummitInOneCity(SummitCluster dated, SummitCluster yearless) =>
        dated.Kind == SummitKind.AnnualSummit && yearless.Kind == SummitKind.AnnualSummit && dated.City is not null && dated.City == yearless.City;

    private bool IsTheSameMeetingOnItsDay(SummitCluster dated, SummitCluster yearless) =>
        SummitKinds.AreCompatible(dated.Kind, dated.City, yearless.Kind, yearless.City)
        && !Differ(dated.City, yearless.City) && (dated.City is not null || yearless.City is null)
        && LeadersAgree(dated, yearless.Participants, dated.Dates!.Start.Year);

    private static bool AreTheOneMeetingOfTheYear(SummitCluster a, SummitCluster b) => (a.ShownKind, b.ShownKind) switch
    {
        (SummitKind.AnnualSummit, SummitKind.AnnualSummit) => !Differ(a.Ordinal, b.Ordinal)
            && ((a.City is not null && a.City == b.City) || (a.Ordinal is not null && a.Ordinal == b.Ordinal)
                || (b.City is null && b.Ordinal is null && (b.Dates!.Start.Month is null || b.Dates.Start.Month == a.Dates!.Start.Month))),
        (SummitKind.Multilateral, SummitKind.Multilateral) => a.Forum == b.Forum
            && (!Differ(a.City, b.City) || a.Dates!.Start.Month is null || b.Dates!.Start.Month is null || a.Dates.Start.Month == b.Dates.Start.Month),
        _ => false,
    };

    /// <summary>
    /// The most telling first; among equals, an order read from what the reports say (dates, place, kind, number, forum,
    /// the sentence, the article's date) rather than from the order the files came in, so that the same articles give
    /// the same clusters however they are ingested.
    /// </summary>
    private static IEnumerable<SourcedSummit> InAnOrderOfTheirOwn(IEnumerable<SourcedSummit> mentions) => mentions
        .OrderByDescending(m => m.Informativeness)
        .ThenBy(m => m.Mention.Date?.DependsOnAsOf == true)
        .ThenBy(m => !m.AsOf.IsStated)
        .ThenBy(m => m.Dates?.ToString() ?? string.Empty, StringComparer.Ordinal)
        .ThenBy(m => m.Mention.City ?? string.Empty, StringComparer.Ordinal)
        .ThenBy(m => m.Mention.Kind)
        .ThenBy(m => m.Mention.Ordinal ?? 0)
        .ThenBy(m => m.Mention.Forum ?? string.Empty, StringComparer.Ordinal)
        .ThenBy(m => m.Mention.Evidence.Count > 0 ? m.Mention.Evidence[0].Quote : string.Empty, StringComparer.Ordinal)
        .ThenBy(m => m.AsOf.Value?.ToString() ?? string.Empty, StringComparer.Ordinal)
        .ThenBy(m => m.Ref.ArticleId)
        .ThenBy(m => m.Ref.Index);

    /// <summary>
    /// A cluster learns its number only when a numbered report joins it, so two clusters of one annual summit can grow
    /// apart before either is numbered: once every report has found its place, clusters with the same number, in the
    /// same city and in compatible months are one meeting; so are two meetings of one kind on the same day and in the
    /// same place (two calls between the same leaders on one day are one call).
    /// </summary>
    private static List<SummitCluster> MergeSameNumbered(List<SummitCluster> clusters)
    {
        // Absorbing another cluster can change a cluster's number by the votes it brings: look again until nothing merges.
        while (true)
        {
            var kept = MergeSameNumberedOnce(clusters);
            if (kept.Count == clusters.Count)
            {
                return kept;
            }
            clusters = kept;
        }
    }

    private static List<SummitCluster> MergeSameNumberedOnce(List<SummitCluster> clusters)
    {
        var kept = new List<SummitCluster>(clusters.Count);
        var byOrdinal = new Dictionary<int, List<SummitCluster>>();
        var byDay = new Dictionary<int, List<SummitCluster>>();
        foreach (var cluster in clusters)
        {
            var numbered = cluster.Kind == SummitKind.AnnualSummit && cluster.Ordinal is { } ordinal ? IndexOf(byOrdinal, ordinal) : null;
            var sameDay = cluster.Dates is { Start.Precision: DatePrecision.Day } day && (numbered is null || day.End is null)
                ? IndexOf(byDay, day.Start.FirstDay.DayNumber) : null;
            var same = numbered?.Find(other => other.Kind == cluster.Kind && AreOneMeeting(other, cluster))
                ?? sameDay?.Find(other => other.Kind == cluster.Kind && AreOneMeetingOnOneDay(other, cluster));
            if (same is not null)
            {
                same.Absorb(cluster);
                continue;
            }
            numbered?.Add(cluster);
            sameDay?.Add(cluster);
            kept.Add(cluster);
        }
        return kept;
    }

    /// <summary>
    /// The same number names one annual summit whatever month its reports give, and whatever forum a few of its
    /// reports name beside it (the summit is bilateral; a forum mentioned in the same breath is another meeting); two
    /// meetings of one kind on one day need the same month, which a day shares by definition.
    /// </summary>
    private static bool AreOneMeeting(SummitCluster a, SummitCluster b)
    {
        var sameNumber = a.Kind == SummitKind.AnnualSummit && a.Ordinal is not null && a.Ordinal == b.Ordinal;
        return !Differ(a.City, b.City) && (sameNumber || !Differ(a.Forum, b.Forum))
            && a.Dates is { } x && b.Dates is { } y && x.Start.Year == y.Start.Year
            && (x.Start.Month is null || y.Start.Month is null || x.Start.Month == y.Start.Month || sameNumber);
    }

    /// <summary>
    /// Two reports of one kind of meeting that start on the same day: one meeting when nothing tells them apart, and for
    /// an annual summit when they also name the same city, whatever numbers they give it (a misnumbered report is
    /// outvoted and shown as a conflict).
    /// </summary>
    private static bool AreOneMeetingOnOneDay(SummitCluster a, SummitCluster b) =>
        a.Kind == SummitKind.AnnualSummit
            ? !Differ(a.City, b.City) && SameEnd(a.Dates!, b.Dates!)
                && ((!Differ(a.Forum, b.Forum) && !Differ(a.Ordinal, b.Ordinal)) || (a.City is not null && a.City == b.City))
            : a.Dates!.End is null && b.Dates!.End is null && AreOneMeeting(a, b);

    private static bool SameEnd(DateRange a, DateRange b) => a.End is null || b.End is null || a.End == b.End;

    private static List<SummitCluster> IndexOf(Dictionary<int, List<SummitCluster>> index, int key)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        return list;
    }

    private void IndexByOrdinal(SummitCluster cluster, bool hadOrdinal)
    {
        if (!hadOrdinal && cluster.Ordinal is { } ordinal && cluster.Kind == SummitKind.AnnualSummit)
        {
            IndexOf(_byOrdinal, ordinal).Add(cluster);
        }
    }

    /// <summary>
    /// "Putin's visit to New Delhi on July 9–10 for the 17th summit", in an article whose date is misread: the number
    /// names one annual summit, while the year of a date that depends on the article's date may be wrong. Such a
    /// mention joins the summit of its number when nothing else tells them apart; its date stays a conflicting claim.
    /// </summary>
    private SummitCluster? SameNumberedSummit(SourcedSummit mention)
    {
        var m = mention.Mention;
        if (m.Ordinal is not { } ordinal || m.Date is not { DependsOnAsOf: true } || !_byOrdinal.TryGetValue(ordinal, out var candidates))
        {
            return null;
        }
        return candidates
            .Where(cluster => cluster.Ordinal == ordinal && !cluster.Includes(mention.Ref.ArticleId) && SummitKinds.AreCompatible(cluster.Kind, cluster.City, m.Kind, m.City)
                && !Differ(cluster.Forum, m.Forum) && !Differ(cluster.City, m.City) && !Differ(cluster.Venue, m.Venue)
                && !Differ(cluster.HostCountry, m.Country) && LeadersAgree(cluster, m, cluster.Dates?.Start.Year))
            .OrderByDescending(cluster => cluster.Members.Count)
            .FirstOrDefault();
    }

    private SummitCluster? BestCluster(SourcedSummit mention)
    {
        SummitCluster? best = null;
        var bestScore = MinimumScore - 1;
        foreach (var year in CandidateYears(mention))
        {
            if (!_byYear.TryGetValue(year, out var candidates))
            {
                continue;
            }
            foreach (var cluster in candidates)
            {
                if (Score(cluster, mention) is { } score && score > bestScore)
                {
                    (best, bestScore) = (cluster, score);
                }
            }
        }
        return best;
    }

    /// <summary>The years a meeting could fall in: its own, or those its status and its article's date allow.</summary>
    private IEnumerable<int> CandidateYears(SourcedSummit mention)
    {
        if (mention.Dates is { } dates)
        {
            return [dates.Start.Year];
        }
        if (mention.AsOf.Value is not { } asOf)
        {
            return _byYear.Keys.ToArray();
        }
        var (from, to) = mention.Mention.Status switch
        {
            SummitStatus.Planned => (asOf.Year, asOf.Year + 2),
            _ when mention.AsOf.IsLowerBound => (asOf.Year - 1, asOf.Year + 5),
            _ => (asOf.Year - 3, asOf.Year),
        };
        return Enumerable.Range(from, to - from + 1).Append(UndatedYear);
    }

    /// <summary>
    /// "Modi's meeting with Putin on the sidelines of the BRICS summit in Moscow" is not the 12th annual summit in Moscow:
    /// a numbered annual summit is the two countries' own, never a leaders' forum summit (BRICS, SCO, G20: those the
    /// gazetteer lists editions of), though it may be held beside an economic forum (the 20th at the Eastern Economic Forum).
    /// </summary>
    private bool IsAForumSummitBesideANumberedOne(int? ordinal, SummitKind kind, string? forum, SummitKind forumKind) =>
        ordinal is not null && kind == SummitKind.AnnualSummit && forumKind == SummitKind.Multilateral && forum is not null
        && gazetteer.Editions.Any(edition => edition.Forum == forum);

    private int? Score(SummitCluster cluster, SourcedSummit mention)
    {
        var m = mention.Mention;
        if (cluster.Includes(mention.Ref.ArticleId) || cluster.IsFeaturelessSingleton
            || !SummitKinds.AreCompatible(cluster.Kind, cluster.City, m.Kind, m.City)
            || Differ(cluster.Forum, m.Forum) || Differ(cluster.Ordinal, m.Ordinal) || Differ(cluster.HostCountry, m.Country)
            || Differ(cluster.City, m.City) || Differ(cluster.Venue, m.Venue)
            || IsAForumSummitBesideANumberedOne(cluster.Ordinal, cluster.Kind, m.Forum, m.Kind)
            || IsAForumSummitBesideANumberedOne(m.Ordinal, m.Kind, cluster.Forum, cluster.Kind))
        {
            return null;
        }
        var score = 0;
        var datesMatch = false;
        if (cluster.Dates is { } ours && mention.Dates is { } theirs)
        {
            if (!MeetingDates.CanBeSameMeeting(ours, theirs))
            {
                return null;
            }
            var common = (DatePrecision)Math.Min((int)ours.Start.Precision, (int)theirs.Start.Precision);
            score += common switch { DatePrecision.Day => 4, DatePrecision.Month => 3, _ => 1 };
            datesMatch = common >= DatePrecision.Month;
        }
        else if (cluster.HasLatestClaim || m.ClaimsLatest)
        {
            return null;
        }
        // The leaders are the dearest test (a gazetteer lookup per name), so it comes after the dates have ruled most clusters out.
        if (!LeadersAgree(cluster, m, mention.Dates?.Start.Year ?? cluster.Dates?.Start.Year) || !TimesAgree(cluster, mention))
        {
            return null;
        }
        var cityMatch = cluster.City is not null && cluster.City == m.City;
        var ordinalMatch = cluster.Ordinal is not null && cluster.Ordinal == m.Ordinal;
        var hostMatch = cluster.HostCountry is not null && cluster.HostCountry == m.Country;
        var statusMatch = cluster.HasStatus(m.Status);
        var leadersMatch = m.Participants.Any(cluster.HasParticipant);
        score += (cityMatch ? 3 : 0) + (cluster.Venue is not null && cluster.Venue == m.Venue ? 2 : 0) + (ordinalMatch ? 5 : 0)
            + (hostMatch && !cityMatch ? 1 : 0) + (cluster.Kind == m.Kind ? 1 : 0) + (leadersMatch ? 1 : 0) + (statusMatch ? 1 : 0);
        // There is one annual summit a year: "the last summit took place in 2017" is the 2017 annual summit.
        var sameYearAnnual = cluster.Kind == SummitKind.AnnualSummit && m.Kind == SummitKind.AnnualSummit
            && cluster.Dates is { } clusterDates && mention.Dates is { } mentionDates && clusterDates.Start.Year == mentionDates.Start.Year;
        var evidenceOfSameMeeting = datesMatch || cityMatch || ordinalMatch || sameYearAnnual || (hostMatch && statusMatch && leadersMatch);
        return evidenceOfSameMeeting ? score : null;
    }

    private static bool Differ<T>(T? a, T? b) => a is not null && b is not null && !EqualityComparer<T>.Default.Equals(a, b);

    /// <summary>
    /// Two reports of one meeting cannot name different Indian (or Russian) leaders in the same office: a state visit
    /// meets both the President and the Prime Minister, so those two never keep reports apart. Only leaders in office in
    /// the meeting's year count: "the two leaders", read as the last named, may be someone who no longer held office then.
    /// </summary>
    private bool LeadersAgree(SummitCluster cluster, SummitMention mention, int? year) => LeadersAgree(cluster, mention.Participants, year);

    /// <summary>
    /// For each side, the others' leaders include one of the cluster's, or none in an office the cluster's leaders hold:
    /// a president joining the prime minister's talks agrees, another prime minister does not.
    /// </summary>
    private bool LeadersAgree(SummitCluster cluster, IEnumerable<string> participants, int? year)
    {
        if (participants.All(cluster.HasParticipant))
        {
            return true;
        }
        foreach (var country in new[] { "India", "Russia" })
        {
            var theirs = participants.Select(LeaderOf(country, year)).OfType<Person>().ToList();
            if (theirs.Count == 0 || theirs.Any(person => cluster.HasParticipant(person.Name)))
            {
                continue;
            }
            if (cluster.Participants.Select(LeaderOf(country, year)).OfType<Person>().Any(ours => theirs.Exists(person => person.Role == ours.Role)))
            {
                return false;
            }
        }
        return true;
    }

    private Func<string, Person?> LeaderOf(string country, int? year) => name =>
        gazetteer.FindPerson(name) is { } person && person.Country == country && (year is not { } y || !person.IsHead || person.HeldOfficeIn(y)) ? person : null;

    /// <summary>A meeting planned in an article comes after the article; one held comes before it (when the article's date is firm).</summary>
    private static bool TimesAgree(SummitCluster cluster, SourcedSummit mention)
    {
        if (mention.Dates is { } dates
            && ((cluster.PlannedAfter is { } after && (dates.End ?? dates.Start).LastDay < after)
                || (cluster.HeldBefore is { } before && dates.Start.FirstDay > before)))
        {
            return false;
        }
        return Agrees(mention, cluster.Dates);
    }

    private const int DaysInAWeek = 7;

    private static bool Agrees(SourcedSummit statement, DateRange? meeting)
    {
        if (meeting is null || statement.AsOf.Value is not { } asOf)
        {
            return true;
        }
        // "When Modi lands in Moscow on Monday", in a story written no earlier than December 2021: the day cannot be
        // counted, but it lies within the week of the story, so not before the story's earliest date.
        if (statement.IsInTheStoryWeek && (meeting.End ?? meeting.Start).LastDay < asOf.FirstDay.AddDays(-DaysInAWeek))
        {
            return false;
        }
        return statement.Mention.Status switch
        {
            SummitStatus.Planned => (meeting.End ?? meeting.Start).LastDay >= asOf.FirstDay,
            SummitStatus.Held => statement.AsOf.IsLowerBound || meeting.Start.FirstDay <= asOf.LastDay,
            _ => true,
        };
    }
}
