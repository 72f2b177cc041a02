using BharatBrief.Ingestion.Dates;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>
/// Decides whether a sentence mention can be one more report of an event the article has already named, and how
/// well it fits. A relative year matched with an absolute one ("last year" and "In 2024" for the same trip) tells the
/// article's year, which is returned so the as-of date can move forward.
/// </summary>
internal static class EventMatcher
{
    public readonly record struct Fit(bool IsCompatible, int Score, int? ImpliedAsOfYear);

    public static Fit Assess(ArticleEvent target, SentenceMention mention, PartialDate? asOf, bool asOfIsLowerBound, Gazetteers.Gazetteer gazetteer)
    {
        var incompatible = new Fit(false, 0, null);
        if (!SummitKinds.AreCompatible(target.Kind, target.City?.Name, mention.Kind, mention.City?.Name)
            || OnTheSidelinesOfAForumElsewhere(target, mention, gazetteer)
            || (target.Forum is not null && mention.Forum is not null && target.Forum != mention.Forum)
            || ArticleEvent.AreForumAndAnnual(target.SaysAnnual, target.AtALeadersForum, mention.SaysAnnual, mention.AtALeadersForum)
            || (target.Ordinal is not null && mention.Ordinal is not null && target.Ordinal != mention.Ordinal)
            || (target.HostCountry is not null && mention.HostCountry is not null && target.HostCountry != mention.HostCountry)
            || (target.City is not null && mention.City is not null && target.City.Name != mention.City.Name)
            || !StatusesAgree(target, mention)
            || (mention.IsNextOne && (target.HasStatus(MentionStatus.Held) || target.IsCurrent))
            || !LeadersAgree(target, mention)
            || (mention.ClaimsLatest != target.ClaimsLatest && (mention.Date is not null || target.Dated.Any())))
        {
            return incompatible;
        }
        if (!FitsTheTimeOfTarget(target, mention, asOf, asOfIsLowerBound))
        {
            return incompatible;
        }
        var score = 0;
        int? impliedAsOf = null;
        // "2022 … (b) During the 21st Annual Summit": the number names the meeting; the section's year only framed it.
        // A caption's own date ("December 2004. … the first annual summit of Singh's tenure") still tells the meeting.
        var numberOverridesFrame = mention.DateIsFramed && mention.Date?.Expression is AbsoluteDate { Start.Precision: DatePrecision.Year }
            && mention.Ordinal is not null && mention.Ordinal == target.Ordinal;
        if (mention.Date is not null && !numberOverridesFrame)
        {
            foreach (var dated in target.Dated)
            {
                var (agree, implied) = DatesAgree(dated, mention, asOf, asOfIsLowerBound);
                if (!agree)
                {
                    return incompatible;
                }
                impliedAsOf ??= implied;
                score += 2;
            }
        }
        score += target.City is not null && mention.City is not null ? 3 : 0;
        score += target.HostCountry is not null && mention.HostCountry is not null ? 1 : 0;
        score += target.Ordinal is not null && mention.Ordinal is not null ? 3 : 0;
        score += mention.Participants.Overlaps(target.Participants) ? 1 : 0;
        return new Fit(true, score, impliedAsOf);
    }

    /// <summary>
    /// "his visit to Moscow in July and his meeting with Putin on the sidelines of the BRICS summit": a meeting at a
    /// forum that never met in the event's city is another meeting.
    /// </summary>
    private static bool OnTheSidelinesOfAForumElsewhere(ArticleEvent target, SentenceMention mention, Gazetteers.Gazetteer gazetteer) =>
        AtAForumElsewhere(mention.Forum, mention.City, target.Forum, target.City, gazetteer);

    /// <summary>
    /// One meeting is at a forum and names no place, the other names a place and no forum, and the forum never met
    /// there: two meetings.
    /// </summary>
    internal static bool AtAForumElsewhere(string? forum, Gazetteers.City? city, string? otherForum, Gazetteers.City? otherCity, Gazetteers.Gazetteer gazetteer) =>
        forum is not null && city is null && otherForum is null && otherCity is { } place
        && gazetteer.Editions.Any(edition => edition.Forum == forum) && !gazetteer.Editions.Any(edition => edition.Forum == forum && edition.City == place.Name);

    private static bool StatusesAgree(ArticleEvent target, SentenceMention mention)
    {
        if (target.IsCurrent || mention.Status is MentionStatus.Unknown or MentionStatus.Current)
        {
            return true;
        }
        return mention.Status switch
        {
            MentionStatus.Planned => !target.HasStrongHeld,
            MentionStatus.Held => !target.HasStrongPlanned || !mention.StatusIsStrong,
            _ => true,
        };
    }

    /// <summary>
    /// A meeting under way is within weeks of the article's date, and a planned one after it: a sentence dating a
    /// meeting years earlier speaks of another meeting.
    /// </summary>
    private static bool FitsTheTimeOfTarget(ArticleEvent target, SentenceMention mention, PartialDate? asOf, bool asOfIsLowerBound)
    {
        if (mention.Date is null || asOf is not { } reference || DateResolver.Resolve(mention.Date.Expression, asOf, mention.DateOrientation) is not { } range)
        {
            return true;
        }
        var ends = (range.End ?? range.Start).LastDay;
        if (target.IsCurrent && ends < reference.FirstDay.AddMonths(-1))
        {
            return false;
        }
        var plannedOnly = target.HasStatus(MentionStatus.Planned) && !target.HasStatus(MentionStatus.Held) && !target.IsCurrent && !target.HasStatus(MentionStatus.Cancelled);
        return !(plannedOnly && !asOfIsLowerBound && ends < reference.FirstDay);
    }

    /// <summary>Two reports of one meeting cannot have different Indian (or Russian) leaders.</summary>
    private static bool LeadersAgree(ArticleEvent target, SentenceMention mention)
    {
        return SideAgrees(target, mention, "India") && SideAgrees(target, mention, "Russia");
    }

    /// <summary>A side agrees unless the two name different holders of one office: a visit meets President and Prime Minister.</summary>
    private static bool SideAgrees(ArticleEvent target, SentenceMention mention, string country)
    {
        foreach (var person in mention.Participants)
        {
            if (person.Country == country && target.Participants.Contains(person))
            {
                return true;
            }
        }
        foreach (var person in mention.Participants)
        {
            if (person.Country != country)
            {
                continue;
            }
            foreach (var ours in target.Participants)
            {
                if (ours.Country == country && ours.Role == person.Role)
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static (bool Agree, int? ImpliedAsOf) DatesAgree(SentenceMention a, SentenceMention b, PartialDate? asOf, bool asOfIsLowerBound)
    {
        var (x, y) = (a.Date!.Expression, b.Date!.Expression);
        if (asOfIsLowerBound && asOf is { } bound)
        {
            if (Implied(x, y) is { } fromXy)
            {
                return (fromXy >= bound.Year, fromXy);
            }
            if (Implied(y, x) is { } fromYx)
            {
                return (fromYx >= bound.Year, fromYx);
            }
        }
        var first = DateResolver.Resolve(x, asOf, a.DateOrientation);
        var second = DateResolver.Resolve(y, asOf, b.DateOrientation);
        return (first is null || second is null
            || MeetingDates.CanBeSameMeeting(MeetingDates.WithDuration(first, a.DurationDays), MeetingDates.WithDuration(second, b.DurationDays)), null);
    }

    /// <summary>The as-of year that makes a relative year name the same year as an absolute date.</summary>
    private static int? Implied(DateExpression relative, DateExpression absolute) =>
        relative is RelativeYear { Offset: var offset } && absolute is AbsoluteDate { Start: var start } ? start.Year - offset : null;
}
