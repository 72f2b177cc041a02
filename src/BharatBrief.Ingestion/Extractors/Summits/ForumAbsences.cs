using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>
/// "Putin did not travel to the G20 summit in New Delhi", "he would not be able to travel to New Delhi for the G20
/// Summit": a forum's summit a leader stayed away from is no meeting of the two, and the article's other lines about that
/// summit ("The G20 Leaders' Summit was held in New Delhi on 9-10 September") report the forum, not a meeting of theirs.
/// </summary>
internal sealed class ForumAbsences
{
    private const int MaxWordsBeforeTheForum = 10;
    private const int MaxWordsFromNegationToVerb = 4;

    /// <summary>"the G20 summit in New Delhi": the meeting word read may be a word or two past the forum's name.</summary>
    private const int MaxWordsFromForumToMeetingWord = 4;

    private static readonly string[] Negations = ["not", "n't", "never"];
    private static readonly string[] GoingVerbs = ["travel", "travelled", "traveled", "attend", "attended", "come", "go", "went", "join", "joined", "make"];
    private static readonly string[] StayingAway = ["skipped", "skip", "skips", "skipping", "absence", "absent", "boycotted"];

    private readonly List<(string Forum, string City)> _skipped = [];
    private readonly HashSet<int> _sentencesOfAbsence = [];

    public static ForumAbsences Read(ExtractionContext context)
    {
        var absences = new ForumAbsences();
        foreach (var sentence in context.Sentences)
        {
            var names = context.NamesIn(sentence.Index);
            var tokens = context.TokensOf(sentence.Index);
            foreach (var name in names)
            {
                if (name.Value is Forum forum && SaysAbsence(tokens, name.First)
                    && names.Select(other => other.Value).OfType<City>().FirstOrDefault() is { } city)
                {
                    absences._skipped.Add((forum.Name, city.Name));
                    absences._sentencesOfAbsence.Add(sentence.Index);
                }
            }
        }
        return absences;
    }

    /// <summary>
    /// True when the event is only the summit a leader stayed away from: every sentence of it says the absence or names
    /// the forum's summit, none a meeting of the two.
    /// </summary>
    public bool IsSkippedSummit(ExtractionContext context, ArticleEvent articleEvent) =>
        _skipped.Count > 0 && articleEvent.Kind == Records.SummitKind.Multilateral && articleEvent.Forum is { } forum && articleEvent.City is { } city
        && _skipped.Contains((forum, city.Name))
        && articleEvent.Mentions.All(mention => _sentencesOfAbsence.Contains(mention.SentenceIndex) || context.NamesIn(mention.SentenceIndex)
            .Any(name => name.Value is Forum && name.First <= mention.TriggerToken && mention.TriggerToken <= name.Last + MaxWordsFromForumToMeetingWord));

    private static bool SaysAbsence(TokenizedText tokens, int forumStart)
    {
        for (var i = Math.Max(0, forumStart - MaxWordsBeforeTheForum); i < forumStart; i++)
        {
            if (tokens.IsAny(i, StayingAway))
            {
                return true;
            }
            if (!tokens.IsAny(i, Negations))
            {
                continue;
            }
            for (var verb = i + 1; verb <= i + MaxWordsFromNegationToVerb && verb < forumStart; verb++)
            {
                if (tokens.IsAny(verb, GoingVerbs))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
