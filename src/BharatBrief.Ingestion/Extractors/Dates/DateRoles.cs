using BharatBrief.Ingestion.Dates;

namespace BharatBrief.Ingestion.Extractors.Dates;

/// <summary>What a date phrase dates in its sentence: an event, or something that is not one.</summary>
public enum DateRole
{
    /// <summary>When something happened or will happen: "in October 2016", "on Monday".</summary>
    Event,

    /// <summary>A year aimed at: "$100 billion by 2030", "a roadmap to 2030", "Vision 2047", "running to 2031".</summary>
    Target,

    /// <summary>The start of a span or a series: "since 1971", "the first visit since 1983", "held every year from 2000".</summary>
    Since,

    /// <summary>A span of years that a programme or plan covers: "2021-2031", "covering 2019-2024".</summary>
    Period,

    /// <summary>A day word that names no day: "today's era", "tomorrow's world".</summary>
    Idiom,
}

/// <summary>
/// Tells event dates from the years a sentence aims at or counts from. Only event dates may date an article or a
/// meeting: "trade of $100 billion by 2030" says nothing of when the article was written, "the first visit since 1983"
/// nothing of when the visit took place.
/// </summary>
public static class DateRoles
{
    private static readonly HashSet<string> TargetWordsBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "by", "until", "till", "til", "through", "thru", "to", "towards", "toward", "beyond", "horizon", "vision", "target",
        "targets", "goal", "deadline", "agenda", "before",
    };

    private static readonly HashSet<string> TargetWordsAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "target", "targets", "goal", "goals", "vision", "agenda", "horizon", "deadline", "roadmap", "strategy", "plan", "programme", "program",
    };

    private static readonly HashSet<string> SinceWords = new(StringComparer.OrdinalIgnoreCase) { "since", "from" };

    public static DateRole Of(string sentence, DateMatch match)
    {
        if (match.Expression is AbsoluteDate { Start.Precision: DatePrecision.Year, End: { Precision: DatePrecision.Year } end } span
            && end.Year > span.Start.Year + 1)
        {
            return DateRole.Period;
        }
        if (match.Expression is RelativeDay && PossessiveFollows(sentence, match.Span.End) && !IsDayNoun(WordAfterPossessive(sentence, match.Span.End)))
        {
            return DateRole.Idiom;
        }
        if (match.Expression is not AbsoluteDate { Start.Precision: DatePrecision.Year, End: null })
        {
            return DateRole.Event;
        }
        var before = WordBefore(sentence, match.Span.Start, out var beforeThat);
        // "held every year from 2000": a year a series or a span counts from. A range "from 2000 to 2005" is read whole
        // by the grammar, so "from" is never left before it.
        if (before is not null && SinceWords.Contains(before))
        {
            return DateRole.Since;
        }
        if (before is not null && (TargetWordsBefore.Contains(before) || IsPlanNamedForItsYear(before)))
        {
            // "up to 2030", "by the year 2030"; but "in the run-up to 2014's summit" is rare enough to accept.
            return DateRole.Target;
        }
        if (before is not null && string.Equals(before, "year", StringComparison.OrdinalIgnoreCase)
            && beforeThat is not null && TargetWordsBefore.Contains(beforeThat))
        {
            return DateRole.Target;
        }
        // "the $100 billion trade target for 2030", "a vision for 2047": the year a target is set for.
        if (before is not null && string.Equals(before, "for", StringComparison.OrdinalIgnoreCase)
            && beforeThat is not null && TargetWordsAfter.Contains(beforeThat))
        {
            return DateRole.Target;
        }
        var after = WordAfter(sentence, match.Span.End);
        return after is not null && TargetWordsAfter.Contains(after) && !PossessiveFollows(sentence, match.Span.End) ? DateRole.Target : DateRole.Event;
    }

    /// <summary>
    /// "the Energy Cooperation Roadmap 2030", "Strategy 2035", "the 2030 plan": a plan named for the year it aims at.
    /// The word right before the year is a plan word written as a name (capitalised): "the roadmap in 2030" stays an event.
    /// </summary>
    private static bool IsPlanNamedForItsYear(string before) => TargetWordsAfter.Contains(before) && char.IsUpper(before[0]);

    /// <summary>True when the phrase may date an article or a meeting.</summary>
    public static bool IsEvent(string sentence, DateMatch match) => Of(sentence, match) == DateRole.Event;

    private static readonly HashSet<string> DayNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "meeting", "meetings", "talks", "summit", "call", "visit", "session", "sessions", "event", "events", "ceremony", "vote", "announcement",
        "statement", "decision", "speech", "address", "launch", "signing", "parade", "dinner", "briefing", "news", "edition", "match", "round",
    };

    private static bool IsDayNoun(string? word) => word is not null && DayNouns.Contains(word);

    private static string? WordAfterPossessive(string text, int end) => end + 2 <= text.Length ? WordAfter(text, end + 2) : null;

    private static bool PossessiveFollows(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] is 's';

    private static string? WordBefore(string text, int start, out string? beforeThat)
    {
        beforeThat = null;
        var end = Math.Min(start, text.Length);
        var word = PreviousWord(text, ref end);
        if (word is not null)
        {
            beforeThat = PreviousWord(text, ref end);
        }
        return word;
    }

    private static string? PreviousWord(string text, ref int end)
    {
        var i = end - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }
        var last = i;
        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }
        if (last == i)
        {
            return null;
        }
        end = i + 1;
        return text[(i + 1)..(last + 1)];
    }

    private static string? WordAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '-' or '–'))
        {
            i++;
        }
        var first = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }
        return i == first ? null : text[first..i];
    }
}
