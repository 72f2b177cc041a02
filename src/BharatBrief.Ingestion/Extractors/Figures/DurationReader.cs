using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>
/// Spans of time that are claims: "a 77-year diplomatic history", "a two-day visit", "for over two decades",
/// "seven decades of friendship". Windows ("the past two years") and dates ("two years ago") are not.
/// </summary>
internal static class DurationReader
{
    public static FigureCandidate? TryRead(FigureSentence s, int i)
    {
        if (!QuantityReader.TryRead(s, i, allowSpelled: true, out var number) || number.HasScale || NumberGuard.IsYearLike(s[i]))
        {
            return null;
        }
        return Hyphenated(s, number) ?? AfterLead(s, number) ?? BeforeOf(s, number);
    }

    /// <summary>"77-year diplomatic history", "two-day visit", "a 10-year-long lease": the phrase after it is what lasts.</summary>
    private static FigureCandidate? Hyphenated(FigureSentence s, Quantity number)
    {
        var unitIndex = number.End + 1;
        if (!s.IsDash(number.End) || !s.IsJoined(number.End) || !s.IsJoined(unitIndex) || !TryUnit(s, unitIndex, out var unit))
        {
            return null;
        }
        var end = unitIndex + 1;
        if (s.IsDash(end) && s.IsJoined(end) && s.IsWord(end + 1, "old"))
        {
            return null;
        }
        if (s.IsDash(end) && s.IsJoined(end) && s.IsWord(end + 1, "long"))
        {
            end += 2;
        }
        return Candidate(number, unit, end, PhraseFinder.Forward(s, end, skipDeterminers: false));
    }

    /// <summary>"held summits for over two decades": what lasts comes before the lead word.</summary>
    private static FigureCandidate? AfterLead(FigureSentence s, Quantity number)
    {
        if (!TryUnit(s, number.End, out var unit) || s.IsWord(number.End + 1, "ago"))
        {
            return null;
        }
        var k = number.Start - 1;
        k -= s.MatchesEndingBefore(k + 1, s.Vocabulary.Approximators);
        if (s.IsWordIn(k, s.Vocabulary.TimeWindows) && s.IsWord(k - 1, "the"))
        {
            k -= 2;
        }
        return s.IsWordIn(k, s.Vocabulary.DurationLeads)
            ? Candidate(number, unit, number.End + 1, PhraseFinder.Backward(s, k))
            : null;
    }

    /// <summary>"seven decades of friendship".</summary>
    private static FigureCandidate? BeforeOf(FigureSentence s, Quantity number)
    {
        var k = number.Start - 1;
        k -= s.MatchesEndingBefore(k + 1, s.Vocabulary.Approximators);
        var isWindow = s.IsWordIn(k, s.Vocabulary.TimeWindows) || s.IsWord(k, "the");
        if (isWindow || !TryUnit(s, number.End, out var unit) || !s.IsWord(number.End + 1, "of"))
        {
            return null;
        }
        var what = PhraseFinder.Forward(s, number.End + 2, skipDeterminers: true);
        return what.IsEmpty ? null : Candidate(number, unit, number.End + 1, what);
    }

    private static bool TryUnit(FigureSentence s, int index, out DurationUnit unit)
    {
        unit = null!;
        return s.Has(index) && s[index].IsWord && s.Vocabulary.Durations.TryGet(s.TextOf(index), out unit);
    }

    private static FigureCandidate Candidate(Quantity number, DurationUnit unit, int end, TokenRange what) =>
        new(FigureKind.Duration, number.Value * unit.Factor, null, unit.Unit, new TokenRange(number.Start, end), what);
}
