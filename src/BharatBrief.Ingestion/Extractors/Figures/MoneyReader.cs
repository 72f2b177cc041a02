using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>Amounts of money: "$65 billion", "USD 100 billion", "Rs 2,000 crore", "€3–4 bn", "1.2 trillion roubles".</summary>
internal static class MoneyReader
{
    public static FigureCandidate? TryRead(FigureSentence s, int i) => TryReadMarkerFirst(s, i) ?? TryReadMarkerLast(s, i);

    private static FigureCandidate? TryReadMarkerFirst(FigureSentence s, int i)
    {
        var currencies = s.Vocabulary.CurrenciesBefore;
        for (var m = 0; m < currencies.Count; m++)
        {
            var marker = currencies[m];
            var length = s.Matches(i, marker.Tokens);
            if (length > 0 && QuantityReader.TryRead(s, i + length, allowSpelled: false, out var low))
            {
                var markers = MarkersOf(s.Vocabulary.CurrenciesBefore, marker.Code);
                var hasHigh = RangeReader.TryReadHigh(s, low.End, low.Start - length, allowSpelled: false, markers, out var high);
                return Candidate(s, marker.Code, i, low, hasHigh ? high : null, hasHigh ? high.End : low.End);
            }
        }
        return null;
    }

    private static string[][] MarkersOf(IEnumerable<CurrencyMarker> markers, string code) =>
        markers.Where(other => other.Code == code).Select(other => other.Tokens).ToArray();

    private static FigureCandidate? TryReadMarkerLast(FigureSentence s, int i)
    {
        if (!QuantityReader.TryRead(s, i, allowSpelled: true, out var low) || (low.Spelled && !low.HasScale) || (NumberGuard.IsYearLike(s[i]) && !low.HasScale))
        {
            return null;
        }
        var hasHigh = RangeReader.TryReadHigh(s, low.End, low.Start, allowSpelled: low.Spelled, null, out var high);
        var end = hasHigh ? high.End : low.End;
        foreach (var marker in s.Vocabulary.CurrenciesAfter)
        {
            var length = s.Matches(end, marker.Tokens);
            if (length > 0)
            {
                return Candidate(s, marker.Code, i, low, hasHigh ? high : null, end + length);
            }
        }
        return null;
    }

    private static FigureCandidate Candidate(FigureSentence s, string code, int start, Quantity low, Quantity? high, int end)
    {
        // "$5–6 billion": the low end shares the scale written after the high one.
        var lowValue = high is { HasScale: true } shared && !low.HasScale ? low.Value * shared.Scale : low.Value;
        return new FigureCandidate(FigureKind.Money, lowValue, high?.Value, code, new TokenRange(start, end), PhraseFinder.Around(s, start, end));
    }
}
