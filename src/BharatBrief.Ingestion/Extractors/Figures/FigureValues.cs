using System.Globalization;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>
/// Writes a figure's value the same way whatever the article wrote: "65 billion USD", "20 billion INR" for
/// "Rs 2,000 crore", "60–70%", "77 years", "1,200 nationals". Large amounts use million, billion and trillion.
/// </summary>
internal static class FigureValues
{
    private static readonly (decimal Size, string Name)[] Scales =
    [
        (1_000_000_000_000m, "trillion"),
        (1_000_000_000m, "billion"),
        (1_000_000m, "million"),
    ];

    public static string Describe(FigureCandidate figure) => figure.Kind switch
    {
        FigureKind.Money => $"{Amounts(figure.Amount, figure.AmountHigh)} {figure.Unit}",
        FigureKind.Percentage => $"{Amounts(figure.Amount, figure.AmountHigh)}%",
        FigureKind.Duration => $"{Amounts(figure.Amount, figure.AmountHigh)} {(figure.Amount == 1 && figure.AmountHigh is null ? Singular(figure.Unit) : figure.Unit)}",
        _ => $"{Amounts(figure.Amount, figure.AmountHigh)} {figure.Unit}",
    };

    /// <summary>"65 billion", "5–6 billion", "1,200", "3.5".</summary>
    public static string Amounts(decimal low, decimal? high)
    {
        if (high is not { } top)
        {
            return Amount(low);
        }
        var scale = ScaleOf(top);
        return scale.Size > 1 && ScaleOf(low).Size == scale.Size
            ? $"{Plain(low / scale.Size)}–{Plain(top / scale.Size)} {scale.Name}"
            : $"{Amount(low)}–{Amount(top)}";
    }

    public static string Amount(decimal value)
    {
        var scale = ScaleOf(value);
        return scale.Size > 1 ? $"{Plain(value / scale.Size)} {scale.Name}" : Plain(value);
    }

    private static (decimal Size, string Name) ScaleOf(decimal value)
    {
        foreach (var scale in Scales)
        {
            if (Math.Abs(value) >= scale.Size)
            {
                return scale;
            }
        }
        return (1, "");
    }

    private static string Plain(decimal value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);

    private static string Singular(string unit) => unit.EndsWith('s') ? unit[..^1] : unit;
}
