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
    public static Dictionary<int, List<(int Index, TenseCue Cue)>> AssignCues(SentenceView view)
    {
        var owned = view.Triggers.ToDictionary(trigger => trigger.First, _ => new List<(int, TenseCue)>());
        foreach (var (index, cue) in TenseReader.Default.CuesOf(view.Tokens))
        {
            var clause = view.Clauses[index];
            {
                var owner = view.Triggers
                    .Where(trigger => view.Clauses[trigger.First] == clause && (index < trigger.First || index > trigger.Last))
                    .OrderBy(trigger => index < trigger.First ? trigger.First - index : index - trigger.Last)
                    .Select(trigger => (int?)trigger.First)
                    .FirstOrDefault();
                if (owner is { } first)
                {
                    owned[first].Add((index, cue));
                }
            }
        }
        return owned;
    }

    public static void Fill(SummitLexicon lexicon, SentenceView view, PhraseMatch<TriggerWord> trigger, List<(int Index, TenseCue Cue)> cues, SentenceMention mention)
    {
        var clause = view.Clauses[trigger.First];
        if (view.Cancellations(lexicon).Any(match => view.Clauses[match.First] == clause))
        {
            (mention.Status, mention.StatusIsStrong) = (MentionStatus.Cancelled, true);
            return;
        }
        if (trigger.Value.IsInvitation)
        {
            (mention.Status, mention.StatusIsStrong) = (MentionStatus.Planned, true);
            return;
        }
        var best = cues
            .OrderByDescending(owned => owned.Cue.IsStrong)
            .ThenBy(owned => Math.Abs(owned.Index - trigger.First))
            .Select(owned => (TenseCue?)owned.Cue)
            .FirstOrDefault();
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
        (mention.Status, mention.StatusIsStrong) = best switch
        {
            { Orientation: TimeOrientation.Future } cue => (MentionStatus.Planned, cue.IsStrong),
            { Orientation: TimeOrientation.Past } cue => (MentionStatus.Held, cue.IsStrong),
            _ => (MentionStatus.Unknown, false),
        };
    }
}
