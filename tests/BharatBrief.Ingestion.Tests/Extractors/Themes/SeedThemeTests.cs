using BharatBrief.Ingestion.Extractors.Themes;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Tests.Extractors.Themes;

/// <summary>The seed articles' themes against the reference annotation's primary and secondary themes.</summary>
public sealed class SeedThemeTests
{
    public static TheoryData<string, string[], string[]> Seeds => new()
    {
        { "000_83552c0574e623f4.txt", ["energy", "defence", "strategic-autonomy", "sanctions"], ["ukraine-war", "technology", "counterterrorism", "trade"] },
        { "001_f6cc5b34e3c1c356.txt", ["trade", "energy", "defence", "strategic-autonomy", "sanctions"], ["nuclear", "technology", "payments", "china", "multilateral"] },
        { "002_b565e2e97172eb5b.txt", ["ukraine-war", "defence", "energy", "trade", "strategic-autonomy"], ["multilateral", "sanctions"] },
        { "003_82b28d731f843d0d.txt", ["defence", "trade", "sanctions", "energy", "nuclear"], ["payments", "labour-mobility", "strategic-autonomy", "ukraine-war", "china"] },
        { "004_9ccd3c76824c756c.txt", ["ukraine-war", "defence", "energy", "china"], ["sanctions", "trade", "strategic-autonomy"] },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Primary_themes_rank_near_the_top(string file, string[] primary, string[] secondary)
    {
        var ranked = RankedThemes(file);
        var slugs = ranked.Select(theme => theme.Slug).ToList();

        var window = slugs.Take(primary.Length + 2).ToList();
        Assert.True(primary.All(window.Contains), $"{file}: primary [{string.Join(", ", primary)}] not all within {Describe(ranked)}; secondary [{string.Join(", ", secondary)}]");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Unannotated_themes_do_not_outrank_a_primary_theme(string file, string[] primary, string[] secondary)
    {
        var ranked = RankedThemes(file);
        var lowestPrimary = ranked.Where(theme => primary.Contains(theme.Slug)).Min(theme => theme.Weight);

        var intruders = ranked.Where(theme => !primary.Contains(theme.Slug) && !secondary.Contains(theme.Slug) && theme.Weight > lowestPrimary);
        Assert.False(intruders.Any(), $"{file}: {string.Join(", ", intruders.Select(theme => theme.Slug))} outrank a primary theme in {Describe(ranked)}");
    }

    [Theory]
    [InlineData("000_83552c0574e623f4.txt")]
    [InlineData("003_82b28d731f843d0d.txt")]
    public void Weights_sum_to_one_heaviest_first(string file)
    {
        var ranked = RankedThemes(file);

        Assert.Equal(1.0, ranked.Sum(theme => theme.Weight), 6);
        Assert.Equal(ranked.OrderByDescending(theme => theme.Weight), ranked);
        Assert.All(ranked, theme => Assert.True(theme.Weight >= ThemeTally.DefaultFloor * 0.99));
    }

    private static List<ThemeWeight> RankedThemes(string file)
    {
        var context = ThemeTestArticles.FromSeed(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", file)));
        new ThemeExtractor().Extract(context);
        return context.Themes;
    }

    private static string Describe(IEnumerable<ThemeWeight> ranked) =>
        string.Join(", ", ranked.Select(theme => $"{theme.Slug} {theme.Weight:0.000}"));
}
