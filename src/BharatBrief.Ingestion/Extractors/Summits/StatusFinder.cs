using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>
/// Reads whether a meeting word speaks of a planned, held, current or cancelled meeting. Tense cues are shared out
/// among the meeting words of a clause, each to the nearest, so "The visit follows Modi’s trip last year" dates the
/// trip, not the visit.
/// </summary>
internal static class StatusFinder
{
    /// <summary>A tense cue and the first token of the meeting word it was given to.</summary>
    public readonly record struct OwnedCue(int Index, TenseCue Cue, int Owner);

    /// <summary>The sentence's tense cues that a meeting word owns, in order; <see cref="Fill"/> reads those of one word.</summary>
    public static List<OwnedCue> AssignCues(SentenceView view)
    {
        var cues = TenseReader.Default.CuesOf(view.Tokens);
        var owned = new List<OwnedCue>(cues.Count);
        foreach (var (index, cue) in cues)
        {
            if (NearestTriggerInClause(view, index) is { } first)
            {
                owned.Add(new OwnedCue(index, cue, first));
            }
        }
        return owned;
    }

    /// <summary>The first token of the nearest meeting word in the clause of token <paramref name="index"/>; the first of equals wins.</summary>
    private static int? NearestTriggerInClause(SentenceView view, int index)
    {
        var clause = view.Clauses[index];
        int? owner = null;
        var ownerDistance = int.MaxValue;
        foreach (var trigger in view.Triggers)
        {
            if (view.Clauses[trigger.First] != clause || (index >= trigger.First && index <= trigger.Last))
            {
                continue;
            }
            var distance = index < trigger.First ? trigger.First - index : index - trigger.Last;
            if (distance < ownerDistance)
            {
                (owner, ownerDistance) = (trigger.First, distance);
            }
        }
        return owner;
    }

    public static void Fill(SummitLexicon lexicon, SentenceView view, PhraseMatch<TriggerWord> trigger, List<OwnedCue> cues, SentenceMention mention)
    {
        if (IsCancelledInClause(lexicon, view, view.Clauses[trigger.First], trigger) || IsCancelledFrom(lexicon, view, PredicateAfterRelativeClause(view, trigger.Last)))
        {
            (mention.Status, mention.StatusIsStrong) = (MentionStatus.Cancelled, true);
            return;
        }
        if (trigger.Value.IsInvitation)
        {
            (mention.Status, mention.StatusIsStrong) = (MentionStatus.Planned, true);
            return;
        }
        var best = BestCue(view, cues, trigger);
        // "to meet", "will meet" are not a meeting under way; "Modi, Putin meet in Kazan" is.
        var infinitive = view.Tokens.IsAny(trigger.First - 1, "to", "will", "would", "could", "may", "might", "can", "shall", "must", "did", "not");
        if (trigger.Value.IsPresentTense && !infinitive && best is not { IsStrong: true })
        {
            (mention.Status, mention.StatusIsStrong) = (MentionStatus.Current, true);
            return;
        }
        if (best is null && view.Tokens.Is(trigger.First - 1, "to"))
        {
            (mention.Status, mention.StatusIsStrong) = (MentionStatus.Planned, false);
            return;
        }
        // "Modi and Putin met in March": with no other tense word, the meeting word's own form ("met", "held talks",
        // "spoke by telephone") tells.
        best ??= OwnCue(view, trigger);
        (mention.Status, mention.StatusIsStrong) = best switch
        {
            { Orientation: TimeOrientation.Future } cue => (MentionStatus.Planned, cue.IsStrong),
            { Orientation: TimeOrientation.Past } cue => (MentionStatus.Held, cue.IsStrong),
            _ => (MentionStatus.Unknown, false),
        };
    }

    private static TenseCue? OwnCue(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        foreach (var (index, cue) in TenseReader.Default.CuesOf(view.Tokens))
        {
            if (index >= trigger.First && index <= trigger.Last)
            {
                return cue;
            }
        }
        return null;
    }

    private static readonly string[] RelativePronouns = ["which", "who"];

    private static readonly string[] Auxiliaries = ["has", "have", "had", "was", "were", "is", "are", "will", "would"];

    /// <summary>
    /// "The annual summit (between Modi and Putin), which was to be held in Sochi on June 9, has been postponed": the first
    /// token of the verb that completes the meeting word's sentence after a relative clause set between commas; -1 when
    /// there is none.
    /// </summary>
    private static int PredicateAfterRelativeClause(SentenceView view, int triggerLast)
    {
        var tokens = view.Tokens;
        var i = triggerLast + 1;
        while (i < tokens.Count && !tokens.IsPunctuation(i, ','))
        {
            i++;
        }
        if (!tokens.IsAny(i + 1, RelativePronouns) || !view.NamesItsSides(triggerLast + 1, i))
        {
            return -1;
        }
        for (i += 2; i < tokens.Count - 1; i++)
        {
            if (tokens.IsPunctuation(i, ',') && tokens.IsAny(i + 1, Auxiliaries))
            {
                return i + 1;
            }
        }
        return -1;
    }

    private static bool IsCancelledFrom(SummitLexicon lexicon, SentenceView view, int first) =>
        first >= 0 && view.Cancellations(lexicon).Any(match => match.First >= first && view.Clauses[match.First] == view.Clauses[first]);

    private static bool IsCancelledInClause(SummitLexicon lexicon, SentenceView view, int clause, PhraseMatch<TriggerWord> trigger)
    {
        foreach (var match in view.Cancellations(lexicon))
        {
            if (view.Clauses[match.First] == clause && !IsInAnotherRelativeClause(view, match.First, trigger))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Putin, whose trip had been put off, held the summit": the postponement is the relative clause's, set off by commas.</summary>
    private static bool IsInAnotherRelativeClause(SentenceView view, int token, PhraseMatch<TriggerWord> trigger)
    {
        var opener = -1;
        for (var i = token - 1; i > 0 && !view.Tokens.IsPunctuation(i, ','); i--)
        {
            if (view.Tokens.IsAny(i, SummitSentenceReader.RelativeOpeners))
            {
                opener = view.Tokens.IsPunctuation(i - 1, ',') ? i : -1;
                break;
            }
        }
        if (opener < 0)
        {
            return false;
        }
        var closer = token + 1;
        while (closer < view.Tokens.Count && !view.Tokens.IsPunctuation(closer, ','))
        {
            closer++;
        }
        return closer < view.Tokens.Count && (trigger.First > closer || trigger.Last < opener);
    }

    /// <summary>Words that open a clause of their own: a tense after one is that clause's.</summary>
    private static readonly string[] Subordinators = ["before", "after", "until", "till", "while", "whereas", "although", "though", "because", "unless"];

    /// <summary>Of the cues the meeting word owns, a strong one before a weak one, then the nearest; the first of equals wins.</summary>

    private static TenseCue? BestCue(SentenceView view, List<OwnedCue> cues, PhraseMatch<TriggerWord> trigger)
    {
        TenseCue? best = null;
        var bestDistance = int.MaxValue;
        foreach (var owned in cues)
        {
            // "Putin telephoned Modi on Monday, hours before Trump was due to receive Zelenskyy": the plan is Trump's.
            if (owned.Owner != trigger.First || (owned.Index > trigger.Last && OpensAClauseBetween(view, trigger.Last + 1, owned.Index)))
            {
                continue;
            }
            var distance = Math.Abs(owned.Index - trigger.First);
            var better = best is null
                || (owned.Cue.IsStrong && !best.IsStrong)
                || (owned.Cue.IsStrong == best.IsStrong && distance < bestDistance);
            if (better)
            {
                (best, bestDistance) = (owned.Cue, distance);
            }
        }
        return best;
    }

    private static bool OpensAClauseBetween(SentenceView view, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (view.Tokens.IsAny(i, Subordinators))
            {
                return true;
            }
        }
        return false;
    }
}
