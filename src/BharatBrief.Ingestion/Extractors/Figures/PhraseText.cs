using System.Text;

namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>
/// Writes a phrase of a sentence in lower case except for names: a capitalised word keeps its capital when it stands
/// inside a sentence of ordinary prose, or when the article elsewhere writes it with a capital mid-sentence.
/// Acronyms and words such as "BrahMos" keep their case.
/// </summary>
internal static class PhraseText
{
    private const double TitleCaseShare = 0.7;
    private const int MinTitleCaseWords = 3;

    public static string Render(FigureSentence s, TokenRange range, Func<string, bool> isNameInArticle)
    {
        var text = new StringBuilder();
        var firstWord = FirstWordIndex(s);
        var titleCase = IsTitleCase(s);
        for (var k = range.Start; k < range.End; k++)
        {
            if (k > range.Start && !s.IsJoined(k))
            {
                text.Append(' ');
            }
            var word = s.TextOf(k).ToString();
            var keepsCase = !s[k].IsWord || !char.IsUpper(word[0]) || HasInnerCapital(word) || IsPossessive(word)
                || (k != firstWord && !titleCase) || IsName(s, BareWord(word), isNameInArticle);
            text.Append(keepsCase ? word : word.ToLowerInvariant());
        }
        return text.ToString();
    }

    /// <summary>Whether a capitalised word is a name: known to the vocabulary, or so written elsewhere in the article.</summary>
    public static bool IsName(FigureSentence s, string word, Func<string, bool> isNameInArticle) =>
        s.Vocabulary.KnownNames.Contains(word) || isNameInArticle(word);

    /// <summary>"India’s" is looked up as "India".</summary>
    public static string BareWord(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '’']);
        return apostrophe > 0 ? word[..apostrophe] : word;
    }

    /// <summary>A capitalised possessive ("Moscow’s") is a name even where a sentence opens with it.</summary>
    private static bool IsPossessive(string word) => BareWord(word).Length < word.Length;

    private static bool HasInnerCapital(string word)
    {
        var bare = BareWord(word);
        for (var i = 1; i < bare.Length; i++)
        {
            if (char.IsUpper(bare[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static int FirstWordIndex(FigureSentence s)
    {
        for (var k = 0; k < s.Count; k++)
        {
            if (s[k].IsWord)
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>Headings capitalise most words, so their capitals say nothing about names.</summary>
    private static bool IsTitleCase(FigureSentence s)
    {
        var longWords = 0;
        var capitalised = 0;
        for (var k = 0; k < s.Count; k++)
        {
            if (s[k].IsWord && s[k].Length >= 4)
            {
                longWords++;
                capitalised += s.IsCapitalized(k) ? 1 : 0;
            }
        }
        return longWords >= MinTitleCaseWords && capitalised >= TitleCaseShare * longWords;
    }
}
