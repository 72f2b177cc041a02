using System.Text.RegularExpressions;

namespace BharatBrief.Ingestion.Extractors.Themes;

/// <summary>
/// Tells when a phrase names only the occasion or place of a meeting ("on the sidelines of the SCO summit", "the BRICS
/// summit in Kazan"), which says where two leaders met, not what the article is about.
/// </summary>
internal static partial class OccasionMention
{
    public static bool IsOccasion(string text, int start, int end)
    {
        var before = text.AsSpan(0, start);
        var after = text.AsSpan(end);
        if (OnTheSidelines().IsMatch(before))
        {
            return true;
        }
        var namesMeeting = MeetingWordAtEnd().IsMatch(text.AsSpan(start, end - start));
        var meeting = MeetingWordAfter().Match(text, end);
        if (meeting.Success)
        {
            namesMeeting = true;
            after = text.AsSpan(end + meeting.Length);
        }
        if (namesMeeting && HeldAtPlace().IsMatch(after))
        {
            return true;
        }
        return AtThe().IsMatch(before) && InPlace().IsMatch(after);
    }

    [GeneratedRegex(@"\b(?:sidelines?|margins?)\s+of\s+(?:the\s+|a\s+|another\s+)?(?:\S+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex OnTheSidelines();

    [GeneratedRegex(@"\b(?:summit|summits)$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingWordAtEnd();

    [GeneratedRegex(@"\G\s+(?:summits?|council of heads of state|outreach|ministerial|meeting)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingWordAfter();

    [GeneratedRegex(@"^(?:\s+(?:to\s+be\s+|being\s+)?held)?(?:\s+(?:in|at)\s+|,\s*)\p{Lu}")]
    private static partial Regex HeldAtPlace();

    [GeneratedRegex(@"\bat\s+the\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AtThe();

    [GeneratedRegex(@"^\s+in\s+\p{Lu}")]
    private static partial Regex InPlace();
}
