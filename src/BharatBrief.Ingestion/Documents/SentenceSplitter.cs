using System.Buffers;

namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// Splits the readable text of a block into sentences: at ".", "?", "!" or "…" (with any closing quotes) followed by a
/// space and a capital, a digit or an opening quote; not after abbreviations, titles and initials, and not inside
/// decimals or dotted acronyms. Very long runs without a full stop are cut at a space so no sentence grows unbounded.
/// </summary>
internal static class SentenceSplitter
{
    public const int MaxSentenceLength = 1500;

    private static readonly SearchValues<char> Terminators = SearchValues.Create(".?!…।॥");

    /// <summary>Adds the bounds of each sentence of <paramref name="text"/> (spaces already collapsed) to <paramref name="sentences"/>.</summary>
    public static void Split(ReadOnlySpan<char> text, List<(int Start, int End)> sentences)
    {
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (i - start >= MaxSentenceLength)
            {
                var cut = ForcedCut(text, start);
                Emit(text, start, cut, sentences);
                start = cut;
                i = Math.Max(i, cut);
                continue;
            }
            if (!IsTerminator(text[i]))
            {
                var next = text[i..Math.Min(text.Length, start + MaxSentenceLength)].IndexOfAny(Terminators);
                i = next < 0 ? Math.Min(text.Length, start + MaxSentenceLength) : i + next;
                continue;
            }
            var end = EndOfSentence(text, start, i);
            if (end < 0)
            {
                i++;
                continue;
            }
            Emit(text, start, end, sentences);
            start = end;
            i = end;
        }
        Emit(text, start, text.Length, sentences);
    }

    /// <summary>Where the first sentence ends when another follows it, or -1 when the text is one sentence.</summary>
    public static int FirstEnd(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAny(Terminators);
        while (i >= 0 && i < Math.Min(text.Length, MaxSentenceLength))
        {
            var end = EndOfSentence(text, 0, i);
            if (end >= 0)
            {
                return end;
            }
            var next = text[(i + 1)..].IndexOfAny(Terminators);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return text.Length > MaxSentenceLength ? MaxSentenceLength : -1;
    }

    /// <summary>Where the sentence ends if the terminator at <paramref name="at"/> closes it, otherwise -1.</summary>
    private static int EndOfSentence(ReadOnlySpan<char> text, int start, int at)
    {
        var afterTerminators = at;
        while (afterTerminators < text.Length && IsTerminator(text[afterTerminators]))
        {
            afterTerminators++;
        }
        var end = afterTerminators;
        while (end < text.Length && TextShape.IsClosing(text[end]))
        {
            end++;
        }
        if (end + 1 >= text.Length || text[end] != ' ' || !OpensSentence(text[end + 1]))
        {
            return -1;
        }
        var singleStop = text[at] == '.' && afterTerminators == at + 1 && end == afterTerminators;
        if (singleStop && Abbreviations.Holds(WordBefore(text, start, at), text[(end + 1)..]))
        {
            return -1;
        }
        return end;
    }

    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int start, int at)
    {
        var wordStart = at;
        while (wordStart > start && text[wordStart - 1] != ' ')
        {
            wordStart--;
        }
        return text[wordStart..at];
    }

    private static bool OpensSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || TextShape.IsOpening(c) || (char.IsLetter(c) && !char.IsLower(c));

    private static bool IsTerminator(char c) => c is '.' or '?' or '!' or '…' or '।' or '॥';

    private static int ForcedCut(ReadOnlySpan<char> text, int start)
    {
        var limit = start + MaxSentenceLength;
        var space = text[(start + (MaxSentenceLength / 2))..limit].LastIndexOf(' ');
        var cut = space >= 0 ? start + (MaxSentenceLength / 2) + space : limit;
        return char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut;
    }

    private static void Emit(ReadOnlySpan<char> text, int start, int end, List<(int Start, int End)> sentences)
    {
        while (start < end && text[start] == ' ')
        {
            start++;
        }
        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }
        if (end > start && TextShape.HasLetterOrDigit(text[start..end]))
        {
            sentences.Add((start, end));
        }
    }
}
