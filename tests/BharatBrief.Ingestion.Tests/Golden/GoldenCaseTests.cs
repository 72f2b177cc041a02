using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Tests.Golden;

/// <summary>
/// Case articles in several phrasings and layouts (Cases/*.txt, *.md), each with the facts a careful reader takes
/// from it (*.expected.json). Every expected summit must be found exactly once, with no summit beyond them; every
/// expected agreement must be found with its status, and no other agreement.
/// </summary>
public sealed class GoldenCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var expected in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Cases"), "*.expected.json").Order())
        {
            data.Add(Path.GetFileName(expected).Replace(".expected.json", string.Empty, StringComparison.Ordinal));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_yields_the_expected_facts(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Cases");
        var article = Directory.GetFiles(folder, name + ".*").Single(path => !path.EndsWith(".json", StringComparison.Ordinal));
        var expected = CaseExpectation.Load(Path.Combine(folder, name + ".expected.json"));
        var run = CaseRun.Of(article);

        if (expected.AsOf is not null)
        {
            Assert.Equal(expected.AsOf, run.AsOf.Value?.ToString());
        }
        Assert.Equal(expected.Summits.Count, run.Merged.Summits.Count);
        foreach (var summit in expected.Summits)
        {
            CaseAssert.HasSummit(summit, run.Merged.Summits);
        }
        Assert.Equal(expected.Agreements.Count, run.Merged.Agreements.Count);
        foreach (var agreement in expected.Agreements)
        {
            CaseAssert.HasAgreement(agreement, run.Merged.Agreements);
        }
        var topThemes = run.Article.Themes.Take(3).Select(theme => theme.Slug).ToArray();
        foreach (var theme in expected.ThemesTop ?? [])
        {
            Assert.Contains(theme, topThemes);
        }
        foreach (var figure in expected.Figures ?? [])
        {
            Assert.Contains(run.Article.Figures, found => found.Value == figure);
        }
    }
}
