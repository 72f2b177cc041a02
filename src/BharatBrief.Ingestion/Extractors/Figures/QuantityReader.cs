namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>Reads a number, in digits or words, with the scale words after it ("2,000 crore", "1.5 lakh crore", "$20bn").</summary>
internal static class QuantityReader
{
    private const int MaxScaleWords = 2;

    public static bool TryRead(FigureSentence s, int i, bool allowSpelled, out Quantity quantity)
    {
        quantity = default;
        int end;
        decimal value;
        bool spelled;
        if (s.IsNumber(i) && NumberGuard.IsAmount(s, i))
        {
            (value, end, spelled) = (s[i].Number, i + 1, false);
        }
        else if (allowSpelled && TryReadWords(s, i, out value, out end))
        {
            spelled = true;
        }
        else
        {
            return false;
        }
        var scale = ReadScale(s, ref end);
        quantity = new Quantity(value * scale, i, end, spelled, scale);
        return true;
    }

    /// <summary>"seventy", "twenty-five", "two".</summary>
    private static bool TryReadWords(FigureSentence s, int i, out decimal value, out int end)
    {
        end = i;
        if (!s.Has(i) || !s[i].IsWord || !s.Vocabulary.NumberWords.TryGet(s.TextOf(i), out value))
        {
            value = 0;
            return false;
        }
        end = i + 1;
        var isTens = value >= 20 && value % 10 == 0;
        if (isTens && s.IsDash(end) && s.IsJoined(end) && s.IsJoined(end + 1) && s.Has(end + 1) && s[end + 1].IsWord
            && s.Vocabulary.NumberWords.TryGet(s.TextOf(end + 1), out var units) && units < 10)
        {
            value += units;
            end += 2;
        }
        return true;
    }

    private static decimal ReadScale(FigureSentence s, ref int end)
    {
        if (s.Has(end) && s[end].IsWord && s.IsJoined(end) && s.Vocabulary.JoinedScales.TryGet(s.TextOf(end), out var joined))
        {
            end++;
            return joined;
        }
        // "a ₹1,500-crore project", "a $5-billion deal".
        if (s.IsDash(end) && s.IsJoined(end) && s.IsJoined(end + 1) && s.Has(end + 1) && s[end + 1].IsWord && s.Vocabulary.Scales.TryGet(s.TextOf(end + 1), out var hyphenated))
        {
            end += 2;
            return hyphenated;
        }
        var scale = 1m;
        for (var words = 0; words < MaxScaleWords && s.Has(end) && s[end].IsWord && s.Vocabulary.Scales.TryGet(s.TextOf(end), out var factor); words++)
        {
            scale *= factor;
            end++;
        }
        return scale;
    }
}
