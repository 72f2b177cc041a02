using System.Buffers;

namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>Reads the figures of one sentence, left to right; a token belongs to at most one figure.</summary>
internal static class FigureReader
{
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    /// <summary>True when the sentence may hold a figure: it has a digit or a spelled-out number as a word of its own.</summary>
    public static bool MayHoldFigure(string text, FigureVocabulary vocabulary)
    {
        var rest = text.AsSpan();
        if (rest.ContainsAny(Digits))
        {
            return true;
        }
        for (var at = rest.IndexOfAny(vocabulary.NumberWordSearch); at >= 0; at = rest.IndexOfAny(vocabulary.NumberWordSearch))
        {
            var end = at + 1;
            while (end < rest.Length && char.IsLetter(rest[end]))
            {
                end++;
            }
            if ((at == 0 || !char.IsLetter(rest[at - 1])) && vocabulary.NumberWords.TryGet(rest[at..end], out _))
            {
                return true;
            }
            rest = rest[end..];
        }
        return false;
    }

    public static List<FigureCandidate> Read(FigureSentence s)
    {
        var figures = new List<FigureCandidate>();
        var i = 0;
        while (i < s.Count)
        {
            var figure = s[i].IsNumber || s.Vocabulary.NumberWords.TryGet(s.TextOf(i), out _)
                ? MoneyReader.TryRead(s, i) ?? PercentReader.TryRead(s, i) ?? DurationReader.TryRead(s, i) ?? CountReader.TryRead(s, i)
                : s.Vocabulary.CurrencyStarts.Contains(s.TextOf(i)) ? MoneyReader.TryRead(s, i) : null;
            if (figure is null)
            {
                i++;
                continue;
            }
            figures.Add(WithWhatOfConverted(s, figure, figures));
            i = Math.Max(figure.Tokens.End, i + 1);
        }
        return figures;
    }

    /// <summary>"₹40,000 crore ($5.4 billion)": an amount in brackets right after another restates it in another currency.</summary>
    private static FigureCandidate WithWhatOfConverted(FigureSentence s, FigureCandidate figure, List<FigureCandidate> before)
    {
        var opening = figure.Tokens.Start - 1;
        var restates = figure.What.IsEmpty && before.Count > 0 && s.IsSymbol(opening, '(') && before[^1].Tokens.End == opening
            && before[^1].Kind == figure.Kind;
        return restates ? figure with { What = before[^1].What } : figure;
    }
}
