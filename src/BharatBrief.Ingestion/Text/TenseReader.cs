using System.Text.Json;
using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Gazetteers;

namespace BharatBrief.Ingestion.Text;

/// <summary>
/// Reads whether the words around a position look back or ahead ("will visit" vs "visited"), from the cue lists
/// in tense.json. The nearest strong cue in the same clause decides; failing that, the nearest weak one. Neutral
/// phrases ("as originally planned") are read as a whole so that the cue words inside them count for nothing.
/// </summary>
public sealed class TenseReader
{
    private static readonly Lazy<TenseReader> DefaultReader = new(Load);

    private readonly PhraseMatcher<TenseCue> _cues;
    private readonly HashSet<string> _notPastVerbs;

    private TenseReader(PhraseMatcher<TenseCue> cues, HashSet<string> notPastVerbs)
    {
        _cues = cues;
        _notPastVerbs = notPastVerbs;
    }

    public static TenseReader Default => DefaultReader.Value;

    /// <summary>The orientation of the clause around token <paramref name="position"/>.</summary>
    public TimeOrientation OrientationAt(TokenizedText text, int[] clauses, int position)
    {
        var best = (Distance: int.MaxValue, Strong: false, Orientation: TimeOrientation.Unknown);
        foreach (var (index, cue) in CuesOf(text))
        {
            if (clauses[index] != clauses[position])
            {
                continue;
            }
            var distance = Math.Abs(index - position);
            var better = cue.IsStrong && !best.Strong || (cue.IsStrong == best.Strong && distance < best.Distance);
            if (better)
            {
                best = (distance, cue.IsStrong, cue.Orientation);
            }
        }
        return best.Orientation;
    }

    /// <summary>Every cue of a sentence, with its first token's index, in order.</summary>
    public List<(int Index, TenseCue Cue)> CuesOf(TokenizedText text)
    {
        var cues = new List<(int, TenseCue)>();
        for (var i = 0; i < text.Count; i++)
        {
            // A capital inside a sentence starts a name ("early May 2025", "Will Smith"), never a tense word; so does a
            // capital joined by a hyphen ("mid-May").
            if (i > 0 && text.IsCapitalized(i) && (text[i - 1].Kind != TokenKind.Punctuation || (text.IsPunctuation(i - 1, '-') && text.IsJoinedToPrevious(i))))
            {
                continue;
            }
            if (_cues.MatchAt(text, i) is { } match)
            {
                // "as originally planned" compares with a plan; it tells neither way. "the last two (squadrons)" counts
                // from the end of a series, not back from today.
                if (match.Value.Orientation != TimeOrientation.Unknown && !CountsFromTheEnd(text, match.First, match.Last))
                {
                    cues.Add((i, match.Value));
                }
                i = match.Last;
            }
            else if (IsPastVerb(text, i))
            {
                cues.Add((i, WeakPast));
            }
        }
        return cues;
    }

    private static readonly TenseCue WeakPast = new(TimeOrientation.Past, false);

    private static readonly string[] SmallNumbers = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few"];

    private static bool CountsFromTheEnd(TokenizedText text, int first, int last) =>
        first == last && text.Is(first, "last") && last + 1 < text.Count
        && (text.IsAny(last + 1, SmallNumbers) || text.SpanOf(last + 1) is [>= '0' and <= '9', ..]);

    private bool IsPastVerb(TokenizedText text, int i)
    {
        if (!text[i].IsWord || text[i].Length < 5 || text.IsCapitalized(i))
        {
            return false;
        }
        var word = text.SpanOf(i);
        return word.EndsWith("ed", StringComparison.Ordinal) && !text.IsIn(i, _notPastVerbs)
            && !text.IsPunctuation(i - 1, '-') && !text.IsPunctuation(i + 1, '-');
    }

    private static TenseReader Load()
    {
        using var document = JsonDocument.Parse(GazetteerResources.Open("tense"));
        var root = document.RootElement;
        var phrases = new List<(string, TenseCue, bool)>();
        foreach (var (property, orientation) in new[] { ("future", TimeOrientation.Future), ("past", TimeOrientation.Past) })
        {
            foreach (var strength in new[] { "strong", "weak" })
            {
                foreach (var phrase in root.GetProperty(property).GetProperty(strength).EnumerateArray())
                {
                    phrases.Add((phrase.GetString()!, new TenseCue(orientation, strength == "strong"), false));
                }
            }
        }
        foreach (var phrase in root.GetProperty("neutral").EnumerateArray())
        {
            phrases.Add((phrase.GetString()!, new TenseCue(TimeOrientation.Unknown, false), false));
        }
        var notPast = root.GetProperty("notPastVerbs").EnumerateArray().Select(word => word.GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new TenseReader(new PhraseMatcher<TenseCue>(phrases), notPast);
    }
}
