using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>
/// Finds where a meeting happens: places the sentence puts it in ("in Moscow", "at Novo-Ogaryovo"), travels to
/// ("visit India", "trip to Moscow") or names it by ("the New Delhi summit"). Places named for another reason
/// ("ties with Moscow", "New Delhi’s intent") are not where the meeting is.
/// </summary>
internal static class PlaceFinder
{
    private static readonly string[] Locatives = ["in", "at", "to", "into", "inside", "near", "for"];
    private static readonly string[] NotLocatives = ["with", "from", "against", "by", "on", "over", "of", "between", "than", "toward", "towards"];

    public static IReadOnlyList<Named> Find(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        List<(Named Place, int Distance)>? places = null;
        foreach (var name in view.Names)
        {
            // "came to New Delhi": a travel phrase that ends in its destination names where the visit is.
            if (name.Value is City or Country && trigger.Value.Kind == SummitKind.StateVisit && name.Last == trigger.Last && name.First > trigger.First)
            {
                (places ??= []).Add((name.Value, 0));
                continue;
            }
            if (name.Value is not (City or Country or Venue) || !view.InScope(trigger, name.First)
                || (name.First <= trigger.Last && trigger.First <= name.Last) || IsCountryPair(view, name) || view.IsAcrossConjunct(trigger, name.First))
            {
                continue;
            }
            if (IsWhereTheMeetingIs(view, trigger, name))
            {
                (places ??= []).Add((name.Value, Math.Abs(name.First - trigger.First)));
            }
        }
        if (places is null)
        {
            return EntryPlace(view) is { } labelled ? [labelled] : [];
        }
        // The nearest place is the meeting's ("talks at Novo-Ogaryovo in July and the BRICS summit in Kazan in October").
        return places.OrderBy(place => place.Distance).ThenBy(place => Rank(place.Place)).Select(place => place.Place).ToList();
    }

    /// <summary>"New Delhi: 23rd India-Russia Annual Summit.", "Moscow: talks at the Kremlin": an entry labelled with its city.</summary>
    private static Named? EntryPlace(SentenceView view)
    {
        foreach (var name in view.Names)
        {
            if (name.First == 0 && name.Value is City && view.Tokens.IsPunctuation(name.Last + 1, ':'))
            {
                return name.Value;
            }
        }
        return null;
    }

    private static bool IsSetOffAfterTheMeeting(SentenceView view, PhraseMatch<TriggerWord> trigger, PhraseMatch<Named> place)
    {
        var tokens = view.Tokens;
        var closed = place.Last + 1 >= tokens.Count || tokens.IsPunctuation(place.Last + 1, ',') || tokens.IsPunctuation(place.Last + 1, '.');
        if (!closed || place.Value is not City)
        {
            return false;
        }
        for (var i = trigger.Last + 1; i < place.First - 1; i++)
        {
            // Only the meeting's own words may come between: no other comma, no verb.
            if (tokens.IsPunctuation(i, ',') || (!view.IsInName(i) && (tokens.IsIn(i, Verbs) || IsVerbForm(tokens.SpanOf(i)))))
            {
                return false;
            }
        }
        return true;
    }

    private const int MaxDistance = 9;

    private static readonly string[] TopicNouns =
    [
        "situation", "conflict", "war", "crisis", "developments", "peace", "stability", "security", "events", "tensions", "fighting",
        "violence", "investment", "investments", "projects", "presence", "interests", "elections", "ceasefire", "unrest", "terrorism",
        "attack", "attacks", "operations", "deployment", "settlement", "reconstruction", "sanctions", "conditions",
    ];

    private static readonly string[] PlaceNouns = ["resort", "city", "town", "port", "capital", "island", "village"];

    private static readonly string[] PlacingVerbs =
        ["held", "hosted", "convened", "organised", "organized", "take", "takes", "took", "taking", "place", "staged", "scheduled", "planned", "slated", "due"];

    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can", "may",
        "might", "does", "do", "did", "says", "said",
    };

    private static bool IsWhereTheMeetingIs(SentenceView view, PhraseMatch<TriggerWord> trigger, PhraseMatch<Named> place)
    {
        var tokens = view.Tokens;
        if (!IsNear(view, trigger, place))
        {
            return false;
        }
        var previous = view.PreviousWord(place.First);
        if (view.IsPossessive(place.Last) && place.Value is not Venue)
        {
            return false;
        }
        if (previous >= 0 && tokens.IsAny(previous, Locatives))
        {
            // "reviewed the situation in Ukraine during their meeting": a place that a topic's noun governs is the topic's.
            return !tokens.IsAny(view.PreviousWord(previous), TopicNouns);
        }
        // "at the Black Sea resort of Sochi", "in the port city of Vladivostok": the place a locative's noun names.
        if (previous >= 1 && tokens.Is(previous, "of") && tokens.IsAny(view.PreviousWord(previous), PlaceNouns))
        {
            for (var i = view.PreviousWord(previous) - 1; i >= Math.Max(0, previous - 6); i--)
            {
                if (tokens.IsAny(i, Locatives))
                {
                    return true;
                }
            }
        }
        // "20th India-Russia Annual Summit, Vladivostok, 4-5 September 2019": a city set off by commas right after the
        // meeting's own words, as entries in a list of meetings give it.
        if (previous >= 0 && tokens.IsPunctuation(previous, ',') && place.First > trigger.Last && IsSetOffAfterTheMeeting(view, trigger, place))
        {
            return true;
        }
        // "Modi’s residence in Novo-Ogaryovo, Moscow": a city after a venue or city already placed.
        if (previous >= 0 && tokens.IsPunctuation(previous, ',') && PlaceEndingAt(view, previous - 1) is { } before && IsWhereTheMeetingIs(view, trigger, before))
        {
            return true;
        }
        if (previous >= 0 && tokens.IsAny(previous, NotLocatives))
        {
            return false;
        }
        // "the Moscow visit", "Putin’s New Delhi summit": the place names the meeting.
        if (place.Last + 1 == trigger.First || (place.Last + 2 == trigger.First && tokens.IsPunctuation(place.Last + 1, '-')))
        {
            return true;
        }
        if (trigger.Value.Kind == SummitKind.StateVisit && place.First > trigger.Last && place.First - trigger.Last <= 4)
        {
            // "visit India", "visit both Moscow and Kyiv", "visited Russia": what is visited.
            for (var i = trigger.Last + 1; i < place.First; i++)
            {
                if (!tokens.IsAny(i, "both", "and", "the") && !tokens.IsPunctuation(i, ',') && !IsPlaceToken(view, i))
                {
                    return false;
                }
            }
            return true;
        }
        // "chose Russia as his first foreign destination"
        return trigger.Value.Kind == SummitKind.StateVisit && place.Last < trigger.First && AnyIs(tokens, place.Last + 1, trigger.First, "as");
    }

    private static bool AnyIs(TokenizedText tokens, int from, int to, string word)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens.Is(i, word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A place belongs to the meeting word only in its own stretch of words: "the summit is the growing worry in
    /// Moscow" puts the worry, not the summit, in Moscow.
    /// </summary>
    private static bool IsNear(SentenceView view, PhraseMatch<TriggerWord> trigger, PhraseMatch<Named> place)
    {
        var (from, to) = place.First > trigger.Last ? (trigger.Last + 1, place.First) : (place.Last + 1, trigger.First);
        // "talks between Prime Minister Narendra Modi and President Vladimir Putin at Hyderabad House": a name is one word.
        if (view.WordsBetween(from, to) > MaxDistance)
        {
            return false;
        }
        // "since they shared a car ride in Tianjin": the clause after "since", and it alone, tells of the earlier meeting.
        if (trigger.Value.IsEarlierMeeting)
        {
            return place.First >= trigger.First;
        }
        // "The summit, which was to be held in New Delhi": a verb that places the meeting carries its place.
        var placingVerb = place.First > trigger.Last && IsCopulaBeforeLocative(view, from, to);
        for (var i = from; i < to && !placingVerb; i++)
        {
            placingVerb = view.Tokens.IsAny(i, PlacingVerbs);
        }
        for (var i = from; i < to; i++)
        {
            var inName = view.IsInName(i);
            var word = view.Tokens.SpanOf(i);
            var isVerb = view.Tokens.IsIn(i, Verbs);
            if (!inName && view.Tokens[i].IsWord && !(placingVerb && (IsPlacingVerbAsWritten(word) || isVerb || word is "to"))
                && (isVerb || IsVerbForm(word)))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly string[] Copulas = ["is", "are", "was", "were", "will", "be", "been", "would", "has", "have", "had", "also", "again", "then", "still"];

    /// <summary>"The 2024 summit was in Moscow", "the next one will be at Hyderabad House": the verb says only where it is.</summary>
    private static bool IsCopulaBeforeLocative(SentenceView view, int from, int to)
    {
        if (to - from < 2 || !view.Tokens.IsAny(to - 1, "in", "at"))
        {
            return false;
        }
        var copula = false;
        for (var i = from; i < to - 1; i++)
        {
            // "The 2019 summit of Modi and Putin was in Vladivostok": who met may stand between the meeting and its verb.
            if (!copula && (view.IsInName(i) || view.Tokens.IsAny(i, Joiners)))
            {
                continue;
            }
            if (!view.Tokens.IsAny(i, Copulas))
            {
                return false;
            }
            copula = true;
        }
        return copula;
    }

    private static readonly string[] Joiners = ["of", "between", "and", "with"];

    private static bool IsPlacingVerbAsWritten(ReadOnlySpan<char> word)
    {
        foreach (var verb in PlacingVerbs)
        {
            if (word.SequenceEqual(verb))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsVerbForm(ReadOnlySpan<char> word) =>
        word.Length > 4 && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal))
        && word is not ("upcoming" or "forthcoming" or "planned" or "proposed" or "scheduled" or "expected" or "during");

    /// <summary>"India-Russia ties", "Russia–India summit": two countries named together are the parties, not a place.</summary>
    private static bool IsCountryPair(SentenceView view, PhraseMatch<Named> place)
    {
        if (place.Value is not Country)
        {
            return false;
        }
        foreach (var other in view.Names)
        {
            if (other.Value is Country or CountryAdjective && other.First != place.First
                && ((other.Last + 2 == place.First && view.Tokens.IsPunctuation(other.Last + 1, '-'))
                    || (place.Last + 2 == other.First && view.Tokens.IsPunctuation(place.Last + 1, '-'))))
            {
                return true;
            }
        }
        return false;
    }

    private static PhraseMatch<Named>? PlaceEndingAt(SentenceView view, int last)
    {
        foreach (var name in view.Names)
        {
            if (name.Last == last && name.Value is City or Venue)
            {
                return name;
            }
        }
        return null;
    }

    private static bool IsPlaceToken(SentenceView view, int index) => view.NameAt(index) is City or Country;

    private static int Rank(Named place) => place switch
    {
        Venue => 0,
        City => 1,
        _ => 2,
    };
}
