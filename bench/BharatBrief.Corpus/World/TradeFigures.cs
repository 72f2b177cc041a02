namespace BharatBrief.Corpus.World;

/// <summary>Bilateral trade by year in US$ billion, a plausible curve: slow growth, then the oil surge after 2022.</summary>
public static class TradeFigures
{
    private static readonly double[] Billions =
    [
        1.6, 1.7, 1.9, 2.1, 2.7, 3.0, 3.9, 5.4, 6.9, 7.4, 8.5, 8.9, 11.0, 10.0, 9.5, 7.8, 7.7, 10.7, 11.0, 11.2,
        9.3, 13.1, 35.0, 65.7, 68.7, 66.0, 70.2,
    ];

    /// <summary>The trade of <paramref name="year"/>, clamped to the table.</summary>
    public static double In(int year) => Billions[Math.Clamp(year - 2000, 0, Billions.Length - 1)];

    /// <summary>The target the leaders had set by then.</summary>
    public static (double Billions, int ByYear) TargetAsOf(int year) => year switch
    {
        < 2010 => (10, 2010),
        < 2014 => (30, 2025),
        < 2024 => (50, 2025),
        _ => (100, 2030),
    };
}
