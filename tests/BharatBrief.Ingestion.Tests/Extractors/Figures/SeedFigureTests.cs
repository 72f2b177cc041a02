namespace BharatBrief.Ingestion.Tests.Extractors.Figures;

/// <summary>The figures of the reference annotation, found in the seed sentences that state them.</summary>
public sealed class SeedFigureTests
{
    [Theory]
    [InlineData("001_f6cc5b34e3c1c356.txt", "Trade volume surpassed $65 billion last year, a record high.", "65 billion USD", "trade volume")]
    [InlineData("002_b565e2e97172eb5b.txt", "The visit also resulted in key agreements, including a commitment to doubling bilateral trade to USD 100 billion.", "100 billion USD", "bilateral trade")]
    [InlineData("003_82b28d731f843d0d.txt", "Nearly 60–70% of India’s military equipment is still of Russian origin.", "60–70%", "India’s military equipment")]
    [InlineData("003_82b28d731f843d0d.txt", "India and Russia share a 77-year diplomatic history, with defence cooperation dating back to the 1960s.", "77 years", "diplomatic history")]
    public void The_gold_figures_are_found(string file, string sentence, string value, string what)
    {
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", file));
        Assert.Contains(sentence, seed);

        var figures = FigureTestArticles.Figures(SeedSentences(seed));

        Assert.Contains(figures, figure => figure.Value == value && figure.What == what);
    }

    [Theory]
    [InlineData("000_83552c0574e623f4.txt")]
    [InlineData("001_f6cc5b34e3c1c356.txt")]
    [InlineData("002_b565e2e97172eb5b.txt")]
    [InlineData("003_82b28d731f843d0d.txt")]
    [InlineData("004_9ccd3c76824c756c.txt")]
    public void Seeds_yield_no_figures_beyond_their_real_claims(string file)
    {
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", file));

        var figures = FigureTestArticles.Figures(SeedSentences(seed));

        string[] allowed = ["65 billion USD", "100 billion USD", "60–70%", "77 years", "2 days", "20 years"];
        Assert.All(figures, figure => Assert.Contains(figure.Value, allowed));
    }

    /// <summary>Lines, split again at ". " before a capital: enough to put each gold sentence on its own.</summary>
    private static string[] SeedSentences(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).SelectMany(SplitLine)];

    private static IEnumerable<string> SplitLine(string line)
    {
        var start = 0;
        for (var i = 1; i + 2 < line.Length; i++)
        {
            if (line[i] is '.' or '?' or '!' && line[i + 1] == ' ' && (char.IsUpper(line[i + 2]) || line[i + 2] is '“' or '"'))
            {
                yield return line[start..(i + 1)];
                start = i + 2;
            }
        }
        yield return line[start..];
    }
}
