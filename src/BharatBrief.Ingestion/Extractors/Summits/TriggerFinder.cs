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
    public static List<PhraseMatch<TriggerWord>> Find(SummitLexicon lexicon, TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names)
    {
        var generic = lexicon.GenericMarkers.FindAll(tokens);
        var triggers = new List<PhraseMatch<TriggerWord>>();
        foreach (var trigger in lexicon.Triggers.FindAll(tokens))
        {
            if (trigger.Value.IsPlural || OverlapsAny(generic, trigger))
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
        triggers.Sort((a, b) => a.First.CompareTo(b.First));
        return triggers;
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
