using System.Collections.Frozen;

namespace BharatBrief.Ingestion.Documents;

/// <summary>Decides whether a full stop after a word closes an abbreviation rather than a sentence.</summary>
internal static class Abbreviations
{
    /// <summary>Titles and words that always have more to follow ("Dr. Kashyap", "Rs. 500", "vs. Russia").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverFinal = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Lt", "Col", "Capt", "Maj", "Sgt", "Cpl", "Adm", "Brig", "Cmdr",
        "Sen", "Rep", "Gov", "Pres", "Hon", "Rev", "Fr", "St", "Mt", "Ft", "Sh", "Smt", "Messrs", "Amb", "Supt", "Insp",
        "No", "Nos", "Art", "Fig", "Vol", "pp", "para", "Sec", "Ch", "Rs", "vs", "viz", "cf", "approx", "Govt", "Dept")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Abbreviations that may also end a sentence ("… with Reliance Industries Ltd. The deal …").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MayBeFinal = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Inc", "Ltd", "Co", "Corp", "Bros", "Jr", "Sr", "etc", "al", "Pvt", "Plc")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that open sentences, so a preceding abbreviation that may end one did end it.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = FrozenSet.Create(
        StringComparer.Ordinal,
        "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her",
        "Their", "Our", "There", "Here", "But", "And", "However", "Meanwhile", "Moreover", "Also", "In", "On", "At",
        "As", "After", "Before", "While", "When", "Since", "For", "If", "A", "An", "Both", "Yet", "So", "Still",
        "Then", "Now", "Despite", "Although", "Such", "What", "Why", "How", "Earlier", "Later")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the full stop after <paramref name="word"/> belongs to it, given the text that follows.</summary>
    /// <param name="word">The characters before the full stop, back to the previous space.</param>
    /// <param name="following">The text after the space that follows the full stop.</param>
    public static bool Holds(ReadOnlySpan<char> word, ReadOnlySpan<char> following)
    {
        word = word.TrimStart("([{“\"‘'");
        if (word.IsEmpty)
        {
            return false;
        }
        if (word.Length == 1)
        {
            return char.IsLetter(word[0]);
        }
        if (IsDotted(word))
        {
            return word.Equals("e.g", StringComparison.OrdinalIgnoreCase)
                || word.Equals("i.e", StringComparison.OrdinalIgnoreCase)
                || !OpensSentence(following);
        }
        if (NeverFinal.Contains(word))
        {
            return true;
        }
        return MayBeFinal.Contains(word) && !OpensSentence(following);
    }

    /// <summary>Letters joined by full stops: "U.S", "U.A.E", "e.g", "p.m".</summary>
    private static bool IsDotted(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length % 2 == 0)
        {
            return false;
        }
        for (var i = 0; i < word.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }
        return true;
    }

    private static bool OpensSentence(ReadOnlySpan<char> following)
    {
        var end = 0;
        while (end < following.Length && char.IsLetter(following[end]))
        {
            end++;
        }
        return Openers.Contains(following[..end]);
    }
}
