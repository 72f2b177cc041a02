using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>
/// Finds the words of a sentence that report one meeting. Words about meetings in general ("annual summits",
/// "regular calls", "these talks") and plural meeting nouns are left out; a forum's summit ("the BRICS Summit")
/// becomes a multilateral meeting word.
/// </summary>
internal static class TriggerFinder
{
    /// <param name="listOfDaysAt">Where the sentence lists days, if it does: "phone calls on 24 February, 2 March and 1 July" are calls on each of them.</param>
    public static List<PhraseMatch<TriggerWord>> Find(SummitLexicon lexicon, TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names, int? listOfDaysAt = null)
    {
        var generic = lexicon.GenericMarkers.FindAll(tokens);
        var triggers = new List<PhraseMatch<TriggerWord>>();
        var habitual = IsHabitual(tokens);
        foreach (var trigger in lexicon.Triggers.FindAll(tokens))
        {
            var pluralOfListedDays = trigger.Value.IsPlural && listOfDaysAt is { } listStart && trigger.Last < listStart && listStart - trigger.Last <= MaxWordsToTheListedDays;
            if ((trigger.Value.IsPlural && !pluralOfListedDays) || OverlapsAny(generic, trigger) || (habitual && (trigger.Value.IsPresentTense || HasIndefiniteArticle(tokens, trigger.First)))
                || IsDefinedAsAClass(tokens, trigger) || ContinuesAMeeting(tokens, trigger.First) || ReceivesAThing(tokens, names, trigger))
            {
                continue;
            }
            triggers.Add(trigger);
        }
        foreach (var name in names)
        {
            if (name.Value is Forum { IsSummitName: true })
            {
                triggers.RemoveAll(trigger => trigger.First <= name.Last && name.First <= trigger.Last);
                triggers.Add(new PhraseMatch<TriggerWord>(name.First, name.Last, new TriggerWord(SummitKind.Multilateral, false, false, false)));
            }
        }
        AddCallsToLeaders(tokens, names, triggers);
        AddConversationsByPhone(tokens, triggers);
        triggers.Sort((a, b) => a.First.CompareTo(b.First));
        AddRepeats(tokens, triggers);
        return triggers;
    }

    private const int MaxWordsToTheListedDays = 3;

    private static readonly string[] ReceivingVerbs = ["received", "receives", "welcomed", "welcomes"];

    private static readonly string[] Objects = ["the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "our", "India's", "Russia's"];

    private static readonly string[] Guests = ["president", "prime", "premier", "minister", "leader", "leaders", "guest", "guests", "visitor", "counterpart", "delegation", "chancellor", "king"];

    /// <summary>"has received the invitation", "welcomed the decision": a host receives a person, not a thing.</summary>
    private static bool ReceivesAThing(TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names, PhraseMatch<TriggerWord> trigger)
    {
        if (trigger.First != trigger.Last || !tokens.IsAny(trigger.First, ReceivingVerbs) || !tokens.IsAny(trigger.Last + 1, Objects))
        {
            return false;
        }
        var head = trigger.Last + 2;
        while (head < tokens.Count && head <= trigger.Last + 4 && !tokens.IsAny(head, Guests) && !names.Any(name => name.First <= head && head <= name.Last && name.Value is Person))
        {
            if (!tokens[head].IsWord || tokens.IsAny(head, "of", "for", "to", "on", "from", "and"))
            {
                return true;
            }
            head++;
        }
        return head > trigger.Last + 4 || head >= tokens.Count;
    }

    private static readonly string[] ContinuingVerbs = ["continue", "continues", "continued", "continuing", "resume", "resumes", "resumed", "resuming"];

    /// <summary>
    /// "The two leaders had a private dinner on Friday and are expected to continue talks on Saturday": talks that go on
    /// are the meeting already told, not another one.
    /// </summary>
    private static bool ContinuesAMeeting(TokenizedText tokens, int first)
    {
        var i = first - 1;
        while (i >= 0 && tokens.IsAny(i, "their", "the", "his", "its"))
        {
            i--;
        }
        return i >= 0 && tokens.IsAny(i, ContinuingVerbs);
    }

    /// <summary>"spoke by telephone in March and again in late August": "and again" is one more meeting of the same kind.</summary>
    private static void AddRepeats(TokenizedText tokens, List<PhraseMatch<TriggerWord>> triggers)
    {
        if (triggers.Count == 0)
        {
            return;
        }
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens.Is(i, "again") && tokens.Is(i - 1, "and") && tokens.IsAny(i + 1, "in", "on", "at", "during")
                && triggers.LastOrDefault(trigger => trigger.Last < i) is { Value: { } repeated } && !triggers.Exists(trigger => trigger.First == i))
            {
                triggers.Add(new PhraseMatch<TriggerWord>(i, i, repeated));
            }
        }
        triggers.Sort((a, b) => a.First.CompareTo(b.First));
    }

    private static readonly string[] CallVerbs = ["called", "calls", "call", "rang", "phoned", "phones", "phone", "dialled", "dialed"];

    /// <summary>
    /// "Modi called Putin", "Putin rang the Indian Prime Minister": a verb of calling whose object is a head of state or
    /// government is a telephone call ("called for talks", "called off" name no leader after the verb).
    /// </summary>
    private static void AddCallsToLeaders(TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names, List<PhraseMatch<TriggerWord>> triggers)
    {
        foreach (var name in names)
        {
            if (name.Value is not Person { IsHead: true })
            {
                continue;
            }
            var verb = name.First - 1;
            while (verb >= 0 && name.First - verb <= 4 && (tokens.IsAny(verb, "up", "the", "his", "her", "President", "Prime", "Minister", "Mr", "Mr.", "Russian", "Indian", "counterpart") || tokens.IsPunctuation(verb, '.')))
            {
                verb--;
            }
            if (verb >= 0 && tokens.IsAny(verb, CallVerbs) && !triggers.Any(trigger => trigger.First <= verb && verb <= trigger.Last))
            {
                triggers.Add(new PhraseMatch<TriggerWord>(verb, verb, new TriggerWord(SummitKind.PhoneCall, false, false, false)));
            }
        }
    }

    /// <summary>"They have kept in contact by telephone; their most recent conversation took place on July 1": a conversation in a sentence about the telephone is a call.</summary>
    private static void AddConversationsByPhone(TokenizedText tokens, List<PhraseMatch<TriggerWord>> triggers)
    {
        var byPhone = false;
        for (var i = 0; i < tokens.Count && !byPhone; i++)
        {
            byPhone = tokens.IsAny(i, "phone", "telephone", "telephonic", "telephoned");
        }
        if (!byPhone)
        {
            return;
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens.Is(i, "conversation") && !triggers.Any(trigger => trigger.First <= i && i <= trigger.Last))
            {
                triggers.Add(new PhraseMatch<TriggerWord>(i, i, new TriggerWord(SummitKind.PhoneCall, false, false, false)));
            }
        }
    }

    private static readonly string[] HabitualWords = ["often", "whenever", "usually", "routinely", "regularly", "typically", "generally"];

    /// <summary>
    /// "let India and Russia meet often without the optics of a bilateral summit every time", "Each one forces the
    /// bureaucracies to clear files before the leaders meet": a sentence about what happens as a rule.
    /// </summary>
    private static bool IsHabitual(TokenizedText tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens.IsAny(i, HabitualWords) || (tokens.IsAny(i, "every", "each") && tokens.IsAny(i + 1, "time", "one")))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] ClassVerbs = ["is", "remains"];

    /// <summary>
    /// "The annual summit is a ritual with a purpose", "The summit remains the main channel": a meeting word that is
    /// the subject of a present-tense definition speaks of the institution, not of one meeting.
    /// </summary>
    private static bool IsDefinedAsAClass(TokenizedText tokens, PhraseMatch<TriggerWord> trigger)
    {
        var verb = trigger.Last + 1;
        if (!tokens.IsAny(verb, ClassVerbs) || !tokens.IsAny(verb + 1, "a", "an"))
        {
            return false;
        }
        var i = trigger.First - 1;
        while (i >= 0 && tokens.IsAny(i, Describing))
        {
            i--;
        }
        return (i < 0 || tokens.IsAny(i, "the")) && (i <= 0 || tokens.IsPunctuation(i - 1, '.'));
    }

    private static readonly string[] Describing = ["bilateral", "annual", "formal", "full", "full-fledged", "separate", "standalone", "summit", "leaders", "high-level"];

    private static bool HasIndefiniteArticle(TokenizedText tokens, int first)
    {
        var i = first - 1;
        while (i >= 0 && first - i <= 3 && tokens.IsAny(i, Describing))
        {
            i--;
        }
        return i >= 0 && tokens.IsAny(i, "a", "an", "any");
    }

    private static bool OverlapsAny(List<PhraseMatch<bool>> markers, PhraseMatch<TriggerWord> trigger)
    {
        foreach (var marker in markers)
        {
            if (marker.First <= trigger.Last && trigger.First <= marker.Last)
            {
                return true;
            }
        }
        return false;
    }
}
