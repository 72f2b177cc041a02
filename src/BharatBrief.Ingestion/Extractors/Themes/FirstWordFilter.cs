using System.Collections;

namespace BharatBrief.Ingestion.Extractors.Themes;

/// <summary>
/// A quick no for most words of a text: a bit per (length, first letter, last letter) of the words phrases start
/// with. A word whose bit is clear starts no phrase, so the trie is not consulted for it.
/// </summary>
internal sealed class FirstWordFilter
{
    private const int Letters = 27;
    private readonly BitArray _bits = new(ThemeTrieNode.MaxWordLength * Letters * Letters);

    public void Add(ReadOnlySpan<char> word) => _bits[IndexOf(word)] = true;

    public bool MayStart(ReadOnlySpan<char> word) => word.Length <= ThemeTrieNode.MaxWordLength && _bits[IndexOf(word)];

    private static int IndexOf(ReadOnlySpan<char> word) =>
        ((word.Length - 1) * Letters * Letters) + (LetterOf(word[0]) * Letters) + LetterOf(word[^1]);

    /// <summary>a–z in either case; every other character shares one slot.</summary>
    private static int LetterOf(char c)
    {
        var lower = (char)(c | 0x20);
        return lower is >= 'a' and <= 'z' ? lower - 'a' : Letters - 1;
    }
}
