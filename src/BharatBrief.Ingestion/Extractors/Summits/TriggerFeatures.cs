using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>The features a meeting word carries in the few words before it: an ordinal, a length, a forum, "the last", "the".</summary>
internal static class TriggerFeatures
{
    private static readonly Dictionary<string, int> DayCounts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["1"] = 1, ["2"] = 2, ["3"] = 3, ["4"] = 4, ["5"] = 5,
    };

    // Words that may stand between a determiner and the meeting word without naming anything ("the upcoming visit").
    private static readonly HashSet<string> Describers = new(StringComparer.OrdinalIgnoreCase)
    {
        "upcoming", "forthcoming", "high-profile", "profile", "high", "crucial", "historic", "recent", "ongoing", "planned",
        "proposed", "official", "much", "anticipated", "awaited", "long", "day", "two", "three", "bilateral", "first",
        "landmark", "key", "major", "important", "latest", "second", "scheduled", "expected", "annual", "informal",
        "summit", "leadership", "-",
    };

    public static int? Ordinal(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        if (trigger.Value.Kind is not (SummitKind.AnnualSummit or SummitKind.Multilateral))
        {
            return null;
        }
        // "the 17th, in Goa": the ordinal is the meeting word itself.
        if (OrdinalReader.EndingAt(view.Tokens, trigger.Last) is { } own && own.First == trigger.First)
        {
            return own.Value;
        }
        for (var i = trigger.First - 1; i >= Math.Max(0, trigger.First - 5); i--)
        {
            // "his first visit" counts visits; "the first annual summit" numbers the series; "the 75th anniversary
            // edition" of a parade counts years.
            if (OrdinalReader.EndingAt(view.Tokens, i) is { } ordinal && (!view.Tokens.IsAny(i, "first") || (SaysAnnual(view, trigger) && !IsFirstInAWhile(view, trigger)))
                && !view.Tokens.IsAny(i + 1, "anniversary", "birthday", "jubilee") && !NumbersAPartOf(view, i, trigger))
            {
                return CountsOnePairsSummits(view, ordinal.First, ordinal.Value, trigger) ? null : ordinal.Value;
            }
        }
        return null;
    }

    /// <summary>"the second day of the summit", "the third session of the summit": the ordinal numbers a part of the meeting; "the 23rd edition of the summit" is the meeting's own.</summary>
    private static bool NumbersAPartOf(SentenceView view, int ordinal, PhraseMatch<TriggerWord> trigger)
    {
        for (var i = ordinal + 1; i < trigger.First; i++)
        {
            if (view.Tokens.Is(i, "of"))
            {
                return !view.Tokens.Is(ordinal + 1, "edition");
            }
        }
        return false;
    }

    // "their 22nd annual summit" is the two countries' series, told of the two leaders.
    private static readonly string[] PersonalPossessives = ["his", "her"];

    /// <summary>
    /// "his first annual summit with Narendra Modi", "the first annual summit between the two leaders", "Modi's third
    /// summit with Putin", "the first annual summit of Singh's tenure": a count of one leader's or one pair's summits, not the series' number ("the 23rd India-Russia
    /// summit", "India's 23rd annual summit with Russia", "the 20th annual summit with Putin").
    /// </summary>
    private static bool CountsOnePairsSummits(SentenceView view, int ordinalFirst, int ordinal, PhraseMatch<TriggerWord> trigger)
    {
        var before = ordinalFirst - 1;
        if (view.Tokens.IsAny(before, PersonalPossessives) || (before >= 2 && view.IsPossessive(before - 2) && view.NameAt(before - 2) is Person))
        {
            return true;
        }
        // "the first annual summit of Singh's tenure", "the second of his third term": a count within one leader's time.
        var next = trigger.Last + 1;
        if (view.Tokens.Is(next, "of"))
        {
            for (var i = next + 1; i < Math.Min(view.Tokens.Count, next + MaxWordsToTheTenure); i++)
            {
                if (view.Tokens.IsAny(i, Tenures))
                {
                    return true;
                }
            }
        }
        // "the 20th annual summit with Putin" is the series' 20th; only "the first … with" counts the pair's own.
        if (ordinal != 1 || !view.Tokens.IsAny(next, "with", "between", "for"))
        {
            return false;
        }
        for (var i = next + 1; i < Math.Min(view.Tokens.Count, next + 5); i++)
        {
            if (view.Tokens.IsAny(i, "leaders", "leader") || view.NameAt(i) is Person)
            {
                return true;
            }
        }
        return false;
    }

    private const int MaxWordsToTheTenure = 7;

    private static readonly string[] Tenures = ["tenure", "term", "premiership", "presidency", "government", "administration"];

    private static readonly string[] Spans = ["year", "years", "month", "months", "decade", "decades", "while", "time"];

    // "the first annual summit in two and a half years", "the first since 2019": a gap counted, not the series' number.
    private static bool IsFirstInAWhile(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        var next = trigger.Last + 1;
        if (view.Tokens.IsAny(next, "since", "after"))
        {
            return true;
        }
        if (!view.Tokens.IsAny(next, "in", "for"))
        {
            return false;
        }
        for (var i = next + 1; i < Math.Min(view.Tokens.Count, next + 7); i++)
        {
            if (view.Tokens.IsAny(i, Spans))
            {
                return true;
            }
        }
        return false;
    }

    // "the first annual summit", "the first India-Russia annual summit".
    private static bool SaysAnnual(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        for (var i = trigger.First; i <= trigger.Last; i++)
        {
            if (view.Tokens.Is(i, "annual"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "his meeting with Zelenskyy", "met Xi in Beijing": the first leader named as the other side of the meeting is of
    /// a third country.
    /// </summary>
    public static bool MeetsThirdParty(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        // "Modi and Xi hold first formal talks": a third country's leader among the few words before the meeting word,
        // with one side only.
        var (thirdBefore, indiaBefore, russiaBefore) = (false, false, false);
        foreach (var name in view.Names)
        {
            if (name.Last < trigger.First && trigger.First - name.Last <= 6
                && view.SameClause(name.First, trigger.First) && name.Value is Person { IsHead: true } leader)
            {
                thirdBefore |= leader.Country is not ("India" or "Russia");
                indiaBefore |= leader.Country == "India";
                russiaBefore |= leader.Country == "Russia";
            }
        }
        if (thirdBefore && !(indiaBefore && russiaBefore))
        {
            return true;
        }
        var start = view.Tokens.Is(trigger.Last + 1, "with") ? trigger.Last + 2 : trigger.Last + 1;
        for (var i = start; i < Math.Min(view.Tokens.Count, start + 5); i++)
        {
            if (view.NameAt(i) is Person { IsHead: true } person)
            {
                return person.Country is not ("India" or "Russia");
            }
            if (view.Tokens[i].Kind == TokenKind.Punctuation && !view.Tokens.IsPunctuation(i, '\''))
            {
                return false;
            }
        }
        return false;
    }

    private static readonly string[] OfficialNouns =
    [
        "minister", "ministers", "adviser", "advisers", "advisor", "advisors", "ambassador", "ambassadors", "envoy", "envoys",
        "secretary", "secretaries", "officials", "diplomats", "delegation", "delegations", "negotiators", "sherpa", "sherpas",
    ];

    private static readonly string[] LeaderNouns = ["leader", "leaders", "president", "presidents", "premier", "he", "she", "they"];

    // Besides the verbs of saying: "according to", "expects" — the meeting is someone else's report, not the doer's act.
    private static readonly string[] ReportingWords = ["according", "expects", "expected"];

    /// <summary>
    /// "External Affairs Minister Jaishankar met Foreign Minister Lavrov", "the two foreign ministers held talks",
    /// "Putin received the visiting defence minister": a meeting whose doer, or whose other side, is a minister or an
    /// official rather than a head of state or government is not a leaders' meeting. The doer is the nearest person or
    /// title before the meeting word in its clause, unless a verb of saying stands between ("Lavrov said the visit …").
    /// </summary>
    public static bool IsMinistersMeeting(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        if (trigger.Value.Kind is not (SummitKind.Meeting or SummitKind.PhoneCall or SummitKind.StateVisit))
        {
            return false;
        }
        for (var i = trigger.First - 1; i >= 0 && view.SameClause(i, trigger.First) && trigger.First - i <= 12; i--)
        {
            if (view.NameAt(i) is Person person)
            {
                return IsOfficial(view, person, i);
            }
            if (view.Tokens.IsAny(i, MentionDateFinder.ReportingVerbs) || view.Tokens.IsAny(i, ReportingWords) || view.Tokens.IsAny(i, LeaderNouns))
            {
                return false;
            }
            if (IsOfficialTitle(view, i))
            {
                return true;
            }
        }
        // The other side: "Putin received Defence Minister Rajnath Singh", "met with the visiting foreign minister".
        var start = view.Tokens.Is(trigger.Last + 1, "with") ? trigger.Last + 2 : trigger.Last + 1;
        for (var i = start; i < Math.Min(view.Tokens.Count, start + 5) && view.SameClause(i, trigger.First); i++)
        {
            if (view.NameAt(i) is Person person)
            {
                return IsOfficial(view, person, i);
            }
            if (IsOfficialTitle(view, i))
            {
                return true;
            }
            if (view.Tokens.IsAny(i, LeaderNouns) || (view.Tokens[i].Kind == TokenKind.Punctuation && !view.Tokens.IsPunctuation(i, '\'')))
            {
                return false;
            }
        }
        return false;
    }

    // "Minister" of a prime minister is a head of government's title; a deputy prime minister's is not.
    private static bool IsOfficialTitle(SentenceView view, int i) =>
        view.Tokens.IsAny(i, OfficialNouns) && !(view.Tokens.Is(i, "minister") && i > 0 && view.Tokens.Is(i - 1, "prime") && !(i > 1 && view.Tokens.Is(i - 2, "deputy")))
        && !view.IsInName(i) && !NamesTheFormat(view, i);

    private static readonly string[] DelegationNouns = ["delegation", "delegations"];

    // "Delegation-level talks" follow the leaders' one-on-one: the delegations are how the leaders met, not who did.
    private static bool NamesTheFormat(SentenceView view, int i) =>
        view.Tokens.IsAny(i, DelegationNouns) && (view.Tokens.IsPunctuation(i + 1, '-') || view.Tokens.Is(i + 1, "level"));

    // "External Affairs Minister Pranab Mukherjee" (later the President) is a minister where his title says so.
    private static bool IsOfficial(SentenceView view, Person person, int nameToken)
    {
        if (!person.IsHead)
        {
            return !IsHeadTitled(view, nameToken);
        }
        var first = nameToken;
        while (first > 0 && ReferenceEquals(view.NameAt(first - 1), person))
        {
            first--;
        }
        return view.PreviousWord(first) is var title and >= 0 && IsOfficialTitle(view, title);
    }

    // A person the gazetteer knows as a minister who then led the government: "Prime Minister Putin" in 2010.
    private static bool IsHeadTitled(SentenceView view, int nameToken)
    {
        var i = view.PreviousWord(nameToken);
        return i >= 1 && view.Tokens.Is(i, "minister") && view.Tokens.Is(i - 1, "prime") && !(i > 1 && view.Tokens.Is(i - 2, "deputy"));
    }

    private static readonly string[] ContrastMarkers = ["since", "after", "following", "before", "than", "unlike"];

    /// <summary>"the first summit between the two men since Modi's visit to Moscow": the visit is an earlier meeting.</summary>
    public static bool IsSetAgainstEarlierWord(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        if (!view.Triggers.Any(other => other.Last < trigger.First))
        {
            return false;
        }
        for (var i = trigger.First - 1; i >= Math.Max(0, trigger.First - 6); i--)
        {
            if (view.Tokens.IsAny(i, ContrastMarkers))
            {
                // "…was met by Modi, and left on Friday night after the 23rd summit": "after" belongs to the new predicate.
                return view.Triggers.Any(other => other.Last < i && !HasNewPredicateBetween(view, other.Last, i));
            }
            if (view.Triggers.Any(other => other.First <= i && i <= other.Last))
            {
                return false;
            }
        }
        return false;
    }

    private static bool HasNewPredicateBetween(SentenceView view, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (view.Tokens.Is(i, "and") && view.Tokens.IsPunctuation(i - 1, ','))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"a two-day visit" lasts two days.</summary>
    public static int? DurationDays(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        var tokens = view.Tokens;
        for (var i = trigger.First - 1; i >= Math.Max(2, trigger.First - 4); i--)
        {
            if (tokens.Is(i, "day") && tokens.IsPunctuation(i - 1, '-') && DayCounts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tokens.SpanOf(i - 2), out var days))
            {
                return days;
            }
        }
        return null;
    }

    /// <summary>A forum named with the meeting: "the SCO summit", "on the sidelines of the G20", "the summit of BRICS".</summary>
    private static readonly string[] CollectiveNouns = ["grouping", "group", "bloc", "organisation", "organization", "forum", "alliance", "club"];

    // Only a forum after the meeting word: "BRICS … reinforced India's engagement, and he met Putin there" keeps its forum.
    /// <summary>
    /// "his visit to Moscow in July and his meeting with Putin on the sidelines of the BRICS summit": a meeting word
    /// between, whether or not it opened a mention of its own, takes the sidelines for itself.
    /// </summary>
    private static bool AnotherMeetingWordBetween(SentenceView view, PhraseMatch<TriggerWord> trigger, int token) =>
        token > trigger.Last && (view.Triggers.Any(other => other.First > trigger.Last && other.Last < token)
            || Enumerable.Range(trigger.Last + 1, token - trigger.Last - 1).Any(i => view.Tokens.IsAny(i, MeetingNouns)));

    private static readonly string[] MeetingNouns = ["meeting", "meetings", "talks", "met", "meet", "bilateral"];

    public static string? Forum(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        // "BRICS …, opens the grouping's summit": the summit of a collective named earlier in the sentence is the forum's.
        if (trigger.First >= 3 && view.Tokens.IsAny(trigger.First - 1, "s") && view.Tokens.IsPunctuation(trigger.First - 2, '\'')
            && view.Tokens.IsAny(trigger.First - 3, CollectiveNouns))
        {
            foreach (var name in view.Names)
            {
                if (name.Value is Forum collective && name.Last < trigger.First)
                {
                    return collective.Name;
                }
            }
        }
        foreach (var name in view.Names)
        {
            if (name.Value is not Forum forum || !view.SameClause(name.First, trigger.First) || view.IsAcrossConjunct(trigger, name.First))
            {
                continue;
            }
            var before = name.Last < trigger.First && trigger.First - name.Last <= 4;
            var after = name.First > trigger.Last && name.First - trigger.Last <= 3 && view.Tokens.IsAny(trigger.Last + 1, "of", "in", "at", "during");
            // "… the 21st annual summit in December 2021, and the two held talks in Samarkand on the sidelines of the SCO
            // summit": the sidelines are those of the meeting word nearer the forum.
            var sidelines = view.SidelinesClause == view.Clauses[name.First] && !AnotherMeetingWordBetween(view, trigger, name.First);
            if ((name.First <= trigger.Last && trigger.First <= name.Last) || before || after || sidelines)
            {
                return forum.Name;
            }
        }
        return null;
    }

    /// <summary>"The last Modi–Putin summit took place in 2021": the sentence claims it was the latest.</summary>
    public static bool ClaimsLatest(SummitLexicon lexicon, SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        for (var i = trigger.First - 1; i >= Math.Max(0, trigger.First - 6); i--)
        {
            if (view.Tokens.IsIn(i, lexicon.LatestClaims))
            {
                return !view.Tokens.IsAny(i + 1, "year", "month", "week", "time");
            }
            if (!IsNameOrDescriber(view, i))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"did not hold a bilateral meeting", "no meeting was held": the sentence denies the meeting.</summary>
    private static readonly string[] TopicOrAbsence =
        ["about", "regarding", "concerning", "skip", "skips", "skipped", "skipping", "miss", "misses", "missed", "missing", "boycott", "boycotted"];

    /// <summary>
    /// "spoke by phone about the G20 summit", "Putin skipped the G20 summit", "stays away from the summit": the summit is
    /// what they talked of, or one of them was absent; it is no meeting of the two.
    /// </summary>
    private static bool IsTopicOrAbsence(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        var i = trigger.First - 1;
        while (i >= 0 && trigger.First - i <= 4 && (view.Tokens.IsAny(i, "the", "this", "that", "year", "year's", "s", "upcoming", "last") || view.Tokens.IsCapitalized(i)
            || view.Tokens.IsPunctuation(i, '\'')))
        {
            i--;
        }
        return i >= 0 && (view.Tokens.IsAny(i, TopicOrAbsence) || (i >= 1 && view.Tokens.Is(i, "from") && view.Tokens.IsAny(i - 1, "away", "absent", "absence")));
    }

    private static readonly string[] OfficialBodies =
    [
        "commission", "committee", "council", "group", "ministers", "ministerial", "officials", "experts", "secretaries",
        "representatives", "consultations", "2+2", "sherpas", "parliamentary", "delegations",
    ];

    /// <summary>
    /// "an intergovernmental commission meeting", "a meeting of the working group", "the 2+2 dialogue": a meeting of a
    /// body of officials, even one the leaders speak of, is not the leaders' own.
    /// </summary>
    private static bool IsOfficialsMeeting(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        for (var i = trigger.First - 1; i >= Math.Max(0, trigger.First - 2) && view.SameClause(i, trigger.First); i--)
        {
            if (view.Tokens.IsAny(i, OfficialBodies))
            {
                return true;
            }
        }
        return view.Tokens.Is(trigger.Last + 1, "of") && Enumerable.Range(trigger.Last + 2, 3).Any(i => view.Tokens.IsAny(i, OfficialBodies));
    }

    public static bool IsDenied(SummitLexicon lexicon, SentenceView view, PhraseMatch<TriggerWord> trigger) =>
        IsTopicOrAbsence(view, trigger) || IsOfficialsMeeting(view, trigger) || IsNegated(lexicon, view, trigger);

    /// <summary>"No bilateral meeting …", "no summit was held": a meeting word its clause negates.</summary>
    public static bool IsNegated(SummitLexicon lexicon, SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        for (var i = trigger.First - 1; i >= Math.Max(0, trigger.First - 4) && view.SameClause(i, trigger.First); i--)
        {
            if (view.Tokens.IsIn(i, lexicon.Negations) && !InCancellation(lexicon, view, i))
            {
                return true;
            }
        }
        return view.Tokens.Is(trigger.Last + 1, "was") && view.Tokens.IsIn(trigger.Last + 2, lexicon.Negations) && !InCancellation(lexicon, view, trigger.Last + 2);
    }

    /// <summary>"was not held", "did not travel": a negation that calls a meeting off does not deny it was planned.</summary>
    private static bool InCancellation(SummitLexicon lexicon, SentenceView view, int token)
    {
        foreach (var match in view.Cancellations(lexicon))
        {
            if (match.First <= token && token <= match.Last)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"the next summit", "the next annual summit": the meeting after the current one.</summary>
    public static bool IsNextOne(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        for (var i = trigger.First - 1; i >= Math.Max(0, trigger.First - 4); i--)
        {
            if (view.Tokens.Is(i, "next"))
            {
                return true;
            }
            if (!IsNameOrDescriber(view, i))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"the visit", "the upcoming summit", "his visit": a meeting word pointing back to one already named.</summary>
    public static bool HasDeterminer(SummitLexicon lexicon, SentenceView view, PhraseMatch<TriggerWord> trigger, out bool namesBetween)
    {
        namesBetween = false;
        for (var i = trigger.First - 1; i >= Math.Max(0, trigger.First - 5); i--)
        {
            if (view.Tokens.IsIn(i, lexicon.Anaphors))
            {
                return true;
            }
            if (view.IsInName(i))
            {
                namesBetween = true;
                continue;
            }
            if (!view.Tokens.IsIn(i, Describers) && !view.Tokens.IsPunctuation(i, '\''))
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsNameOrDescriber(SentenceView view, int index) =>
        view.Tokens.IsIn(index, Describers) || view.Tokens.IsPunctuation(index, '-')
        || view.IsInName(index);
}
