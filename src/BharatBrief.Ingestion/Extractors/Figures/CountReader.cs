using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>
/// Counts of things: "10,000 workers", "1,200 Indian nationals", "two S-400 squadrons". Digits may count any plural
/// noun; a spelled-out number only the nouns of the vocabulary, and not after a determiner ("the two leaders").
/// </summary>
internal static class CountReader
{
    private const int MaxModifiers = 3;

    /// <summary>"10 million tonnes of fertiliser": a short "of" phrase says what the counted units hold.</summary>
    private const int MaxOfWords = 4;

    public static FigureCandidate? TryRead(FigureSentence s, int i)
    {
        if (!QuantityReader.TryRead(s, i, allowSpelled: true, out var number) || !IsCountable(s, number))
        {
            return null;
        }
        var k = number.End;
        for (var words = 0; words <= MaxModifiers; words++)
        {
            var end = PhraseFinder.ExtentOfPart(s, k, allowInflected: true);
            if (end == k)
            {
                return null;
            }
            if (end == k + 1 && IsHead(s, k, number.Spelled))
            {
                var of = s.IsWord(end, "of") ? PhraseFinder.Forward(s, end + 1, skipDeterminers: true, MaxOfWords) : TokenRange.None;
                var what = new TokenRange(number.End, of.IsEmpty ? end : of.End);
                return new FigureCandidate(FigureKind.Count, number.Value, null, UnitOf(s, k), new TokenRange(number.Start, end), what);
            }
            k = end;
        }
        return null;
    }

    /// <summary>The counted noun, in lower case unless it is a name ("Indians").</summary>
    private static string UnitOf(FigureSentence s, int k)
    {
        var word = s.TextOf(k).ToString();
        return s.IsCapitalized(k) && s.Vocabulary.KnownNames.Contains(word) ? word : word.ToLowerInvariant();
    }

    private static bool IsCountable(FigureSentence s, Quantity number)
    {
        if (number.Spelled)
        {
            return number.Value > 1 && !s.IsWordIn(number.Start - 1, s.Vocabulary.Determiners);
        }
        return number.HasScale || (!NumberGuard.IsYearLike(s[number.Start]) && number.Value == decimal.Truncate(number.Value));
    }

    private static bool IsHead(FigureSentence s, int k, bool spelled)
    {
        var word = s.TextOf(k);
        if (s.Vocabulary.NotCounted.Contains(word) || s.Vocabulary.Durations.TryGet(word, out _))
        {
            return false;
        }
        if (s.Vocabulary.CountNouns.Contains(word))
        {
            return true;
        }
        return !spelled && LooksPlural(word);
    }

    private static bool LooksPlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && char.IsLower(word[0]) && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal)
        && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal);
}
