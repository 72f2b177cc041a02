using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>Shares: "40%", "40 per cent", "nearly 35 percent", "60–70%", "60% to 70%", "between 60 and 70 per cent".</summary>
internal static class PercentReader
{
    public static FigureCandidate? TryRead(FigureSentence s, int i)
    {
        if (!QuantityReader.TryRead(s, i, allowSpelled: true, out var low) || low.HasScale)
        {
            return null;
        }
        var lowSign = SignLength(s, low.End);
        var highStart = low.End + lowSign;
        if (RangeReader.TryReadHigh(s, highStart, low.Start, allowSpelled: low.Spelled, null, out var high) && !high.HasScale)
        {
            var highSign = SignLength(s, high.End);
            if (highSign > 0)
            {
                return Candidate(s, i, low.Value, high.Value, high.End + highSign);
            }
        }
        return lowSign > 0 ? Candidate(s, i, low.Value, null, low.End + lowSign) : null;
    }

    private static int SignLength(FigureSentence s, int index)
    {
        foreach (var sign in s.Vocabulary.PercentSigns)
        {
            var length = s.Matches(index, sign);
            if (length > 0)
            {
                return length;
            }
        }
        return 0;
    }

    private static FigureCandidate Candidate(FigureSentence s, int start, decimal low, decimal? high, int end) =>
        new(FigureKind.Percentage, low, high, "%", new TokenRange(start, end), PhraseFinder.Around(s, start, end));
}
