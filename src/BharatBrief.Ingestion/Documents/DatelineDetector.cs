using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// Recognises a wire-style dateline at the start of the lede: a place ("Moscow, Russia", "NEW DELHI"), optionally a
/// date and an agency in parentheses, then a dash or a colon ("NEW DELHI, Dec 4 (Reuters) -", "New Delhi, 5 Oct 2018:"),
/// or an agency between slashes ("VLADIVOSTOK, September 4. /TASS/.").
/// A lone capitalised word before a dash is not enough ("India – Russia ties …"): the place must have a comma, a date,
/// an agency or capitals, or end in a colon.
/// </summary>
internal static partial class DatelineDetector
{
    private const int MaxDatelineLength = 120;
    private const int MinBodyWords = 5;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPlaces = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "The", "A", "An", "In", "On", "At", "For", "As", "While", "With", "After", "Before", "This", "That", "But", "And",
        "However", "Meanwhile", "Prime", "President", "Minister", "Foreign", "Defence", "Defense", "External", "Indian",
        "Russian", "Key", "Note", "Update", "Updated", "Breaking", "Analysis", "Opinion", "Editorial", "Summary",
        "Conclusion", "Highlights", "Context", "Background", "Why", "What", "How", "When", "Where", "Who", "Exclusive",
        "Watch", "Explained", "Read", "Also", "Photo", "Video", "Source", "Sources", "Claim", "Claims", "Verdict", "Rating", "Fact",
        "Rumour", "Rumor", "Question", "Answer", "Q", "Correction", "Clarification", "Disclaimer", "Caption", "Credit", "Host",
        "Guest", "Moderator", "Transcript", "Takeaway")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Matches a dateline at the start of <paramref name="text"/>.</summary>
    /// <param name="text">The readable text of the opening paragraph.</param>
    /// <param name="length">The length of the dateline without its dash or colon.</param>
    /// <param name="bodyStart">Where the story starts after it; equal to the text's length when the dateline stands alone.</param>
    public static bool TryMatch(ReadOnlySpan<char> text, out int length, out int bodyStart)
    {
        length = bodyStart = 0;
        var head = text[..Math.Min(text.Length, MaxDatelineLength)].ToString();
        var match = Pattern().Match(head);
        if (!match.Success || !IsPlausible(match))
        {
            return false;
        }
        length = match.Groups["separator"].Index;
        while (length > 0 && text[length - 1] == ' ')
        {
            length--;
        }
        bodyStart = match.Index + match.Length;
        while (bodyStart < text.Length && text[bodyStart] == ' ')
        {
            bodyStart++;
        }
        var body = text[bodyStart..];
        return body.IsEmpty || (!char.IsLower(body[0]) && TextShape.CountWords(body, MinBodyWords) >= MinBodyWords);
    }

    private static bool IsPlausible(Match match)
    {
        var place = match.Groups["place"].ValueSpan;
        var firstWordEnd = place.IndexOfAny(' ', ',');
        if (NotPlaces.Contains(firstWordEnd < 0 ? place : place[..firstWordEnd]))
        {
            return false;
        }
        var colon = match.Groups["separator"].ValueSpan is ":";
        return place.Contains(',') || match.Groups["date"].Success || match.Groups["agency"].Success || TextShape.IsCapitals(place, minLetters: 2)
            || (colon && TextShape.CountWords(place, 3) <= 3);
    }

    [GeneratedRegex("""
        ^(?<place>\p{Lu}[\p{L}'’.\-]{0,30}(?:[ ]\p{Lu}[\p{L}'’.\-]{0,30}){0,3}(?:,[ ]\p{Lu}[\p{L}'’.\-]{0,30}(?:[ ]\p{Lu}[\p{L}'’.\-]{0,30}){0,3}){0,2})
        (?:,?[ ](?<date>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[\p{L}]{0,6}\.?[ ]\d{1,2}(?:,?[ ]\d{4})?|\d{1,2}[ ](?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[\p{L}]{0,6}\.?(?:,?[ ]\d{4})?|\d{1,2}[./\-]\d{1,2}[./\-]\d{4}))?
        (?:[ ]?\((?<agency>[^()]{1,40})\))?
        (?:[ ]?(?<separator>[-–—:])(?:[ ]|$)|\.?[ ]/(?<agency>[^/]{2,20})/(?<separator>\.)(?:[ ]|$)|(?<=\))(?<separator>)[ ](?=\p{Lu}))
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
