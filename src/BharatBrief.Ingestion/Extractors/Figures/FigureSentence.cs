using BharatBrief.Ingestion.Dates;

namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>One sentence as the figure readers see it: its tokens, the vocabulary, and where its date phrases are.</summary>
internal sealed class FigureSentence
{
    private readonly IReadOnlyList<DateMatch> _dates;

    public FigureSentence(string text, FigureVocabulary vocabulary, IReadOnlyList<DateMatch> dates)
    {
        Text = text;
        Vocabulary = vocabulary;
        _dates = dates;
        Tokens = FigureTokenizer.Tokenize(text);
    }

    public string Text { get; }

    public FigureVocabulary Vocabulary { get; }

    public FigureToken[] Tokens { get; }

    public int Count => Tokens.Length;

    public FigureToken this[int index] => Tokens[index];

    public ReadOnlySpan<char> TextOf(int index) => Text.AsSpan(Tokens[index].Start, Tokens[index].Length);

    public bool Has(int index) => index >= 0 && index < Tokens.Length;

    public bool IsWord(int index, string word) =>
        Has(index) && Tokens[index].IsWord && TextOf(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsWordIn(int index, WordSet words) => Has(index) && Tokens[index].IsWord && words.Contains(TextOf(index));

    public bool IsNumber(int index) => Has(index) && Tokens[index].IsNumber;

    public bool IsSymbol(int index, char symbol) => Has(index) && Tokens[index].IsSymbol && Text[Tokens[index].Start] == symbol;

    public bool IsDash(int index) => Has(index) && Tokens[index].IsSymbol && Text[Tokens[index].Start] is '-' or '–' or '—' or '‒' or '−';

    public bool IsJoined(int index) => Has(index) && Tokens[index].Joined;

    public bool IsCapitalized(int index) => Has(index) && Tokens[index].IsWord && char.IsUpper(Text[Tokens[index].Start]);

    /// <summary>How many tokens of <paramref name="phrase"/> the sentence shows from <paramref name="index"/>; 0 when it does not.</summary>
    public int Matches(int index, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (!Has(index + k) || !TextOf(index + k).Equals(phrase[k], StringComparison.OrdinalIgnoreCase))
            {
                return 0;
            }
        }
        return phrase.Length;
    }

    /// <summary>The longest of <paramref name="phrases"/> that ends just before <paramref name="index"/>, as a count of tokens.</summary>
    public int MatchesEndingBefore(int index, IReadOnlyList<string[]> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (index - phrase.Length >= 0 && Matches(index - phrase.Length, phrase) > 0)
            {
                return phrase.Length;
            }
        }
        return 0;
    }

    /// <summary>True when the token lies in a date phrase found by the date step ("December 4", "2021").</summary>
    public bool InDate(int index)
    {
        var token = Tokens[index];
        foreach (var date in _dates)
        {
            if (token.Start < date.Span.End && date.Span.Start < token.End)
            {
                return true;
            }
        }
        return false;
    }
}
