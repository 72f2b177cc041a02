using System.Collections.Frozen;

namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// A line set above a headline that labels the story rather than telling it: a section path ("MARKETS | ENERGY",
/// "Books | Excerpt"), a date alone ("Friday, 5th July 2024"), a one- or two-word label ("Obituary", "PRESS RELEASE"),
/// a short line in capitals ("LOK SABHA", "UNSTARRED QUESTION NO. 2876", "TO BE ANSWERED ON 12.12.2025"), a
/// masthead ("Our weekly note | Issue 148 | Saturday, 6 December 2025") or an institution's letterhead ("EMBASSY OF
/// THE RUSSIAN FEDERATION IN THE REPUBLIC OF INDIA").
/// </summary>
internal static class Kicker
{
    private const int MaxSectionWords = 5;
    private const int MaxLabelWords = 2;
    private const int MaxCapitalsWords = 3;
    private const int MaxNumberedCapitalsWords = 6;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "of", "the")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Institutions = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "embassy", "ministry", "government", "office", "consulate", "commission", "department", "president",
        "secretariat", "bureau", "mission")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Is(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        if (text.IsEmpty || TextShape.EndsSentence(text))
        {
            return false;
        }
        return IsSectionPath(text) || IsDateAlone(text) || IsLabel(text) || IsLetterhead(text);
    }

    /// <summary>Short sections between bars, or a masthead: any line between bars with a date or an issue number in it.</summary>
    private static bool IsSectionPath(ReadOnlySpan<char> text)
    {
        if (!text.Contains(" | ", StringComparison.Ordinal))
        {
            return false;
        }
        var allShort = true;
        foreach (var range in text.Split('|'))
        {
            var section = text[range].Trim();
            if (IsDateAlone(section) || IsNumbered(section))
            {
                return true;
            }
            allShort &= TextShape.CountWords(section, MaxSectionWords) <= MaxSectionWords;
        }
        return allShort;
    }

    /// <summary>"Issue 148", "Vol. 14", "No. 8": a word or two and a number.</summary>
    private static bool IsNumbered(ReadOnlySpan<char> section) =>
        TextShape.CountWords(section, MaxLabelWords + 1) <= MaxLabelWords + 1 && section.Length > 0
        && char.IsAsciiDigit(section[^1]) && char.IsLetter(section[0]);

    private static bool IsDateAlone(ReadOnlySpan<char> text)
    {
        var numbers = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range].Trim(",.'’");
            if (word.IsEmpty)
            {
                continue;
            }
            if (IsNumber(word))
            {
                numbers++;
            }
            else if (!CalendarWords.Contains(word))
            {
                return false;
            }
        }
        return numbers > 0;
    }

    /// <summary>"2024", "5th", "21st", "12.12.2025": digits with an ordinal suffix or date separators.</summary>
    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        var digits = 0;
        var i = 0;
        for (; i < word.Length && (char.IsAsciiDigit(word[i]) || word[i] is '.' or '/' or '-'); i++)
        {
            digits += char.IsAsciiDigit(word[i]) ? 1 : 0;
        }
        var suffix = word[i..];
        return digits > 0 && (suffix.IsEmpty || suffix is "st" or "nd" or "rd" or "th");
    }

    private static bool IsLabel(ReadOnlySpan<char> text) =>
        TextShape.CountWords(text, MaxLabelWords) <= MaxLabelWords && char.IsUpper(text[0]) && IsLettersOnly(text)
        || TextShape.IsCapitals(text) && TextShape.CountWords(text, MaxNumberedCapitalsWords) <= (EndsInNumber(text) ? MaxNumberedCapitalsWords : MaxCapitalsWords);

    private static bool EndsInNumber(ReadOnlySpan<char> text) => char.IsAsciiDigit(text[^1]);

    private static bool IsLetterhead(ReadOnlySpan<char> text)
    {
        if (!TextShape.IsCapitals(text))
        {
            return false;
        }
        var of = text.IndexOf(" OF ", StringComparison.Ordinal);
        if (of <= 0)
        {
            return false;
        }
        var institution = text[..of];
        foreach (var range in institution.Split(' '))
        {
            if (Institutions.Contains(institution[range]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsLettersOnly(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c) && c is not (' ' or '-' or '&'))
            {
                return false;
            }
        }
        return true;
    }
}
