using System.Collections.Frozen;

namespace BharatBrief.Ingestion.Documents;

/// <summary>Cheap measurements of a line of readable text: words, case, how it ends.</summary>
internal static class TextShape
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MinorWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as",
        "via", "vs", "amid", "over", "into", "onto", "up", "per", "than", "is", "are", "was", "its", "after", "before")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Counts words separated by spaces, stopping early once there are more than <paramref name="max"/>.</summary>
    public static int CountWords(ReadOnlySpan<char> text, int max = int.MaxValue)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                if (++count > max)
                {
                    return count;
                }
            }
        }
        return count;
    }

    /// <summary>The last character that is not a closing quote, bracket or space, or '\0'.</summary>
    public static char LastMark(ReadOnlySpan<char> text)
    {
        var end = text.Length;
        while (end > 0 && (IsClosing(text[end - 1]) || char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }
        return end > 0 ? text[end - 1] : '\0';
    }

    /// <summary>True when the text ends as a sentence does: with a full stop, "!", "?" or "…", perhaps inside quotes.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text) => IsFullStop(LastMark(text)) || LastMark(text) is '?' or '…';

    /// <summary>A mark that closes a statement: ".", "!", and the Devanagari danda "।" and double danda "॥".</summary>
    public static bool IsFullStop(char c) => c is '.' or '!' or '।' or '॥';

    public static bool IsOpening(char c) => c is '“' or '"' or '‘' or '\'' or '«' or '„' or '(' or '[';

    public static bool IsClosing(char c) => c is '”' or '"' or '’' or '\'' or '»' or ')' or ']';

    /// <summary>True when most words that are not articles or prepositions start with a capital, as headlines do.</summary>
    public static bool IsTitleCased(ReadOnlySpan<char> text)
    {
        int words = 0, capitalised = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range].Trim("“”\"‘’'([");
            if (word.IsEmpty || !char.IsLetter(word[0]) || MinorWords.Contains(word))
            {
                continue;
            }
            words++;
            capitalised += char.IsUpper(word[0]) ? 1 : 0;
        }
        return words > 0 && capitalised * 10 >= words * 6;
    }

    /// <summary>True when no letter is lower case and there are at least <paramref name="minLetters"/> letters ("NEW DELHI", "LOK SABHA").</summary>
    public static bool IsCapitals(ReadOnlySpan<char> text, int minLetters = 1)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            letters += char.IsLetter(c) ? 1 : 0;
        }
        return letters >= minLetters;
    }

    public static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }
        return false;
    }
}
