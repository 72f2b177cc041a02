using BharatBrief.Web.Components.Pages.Summits;
using BharatBrief.Web.Formatting;

namespace BharatBrief.Web.Tests.Summits;

public sealed class SummitWordingTests
{
    [Theory]
    [InlineData("The View From the Summit Hall")]
    [InlineData("Date: 5 October")]
    [InlineData("Visit Dates: December 4–5")]
    [InlineData("Leaders: Vladimir Putin & Narendra Modi")]
    [InlineData("Russia–Ukraine Context Adds Intensity to the Visit")]
    [InlineData("Key Outcomes")]
    [InlineData("   ")]
    public void Headings_and_labels_are_not_quotes(string text) => Assert.False(QuoteShape.IsQuotable(text));

    [Theory]
    [InlineData("Modi’s July 2024 visit, which included a warm embrace in Moscow, underscored the duo’s historic bond .")]
    [InlineData("The Modi–Putin meeting reverberates across multiple geopolitical theaters:")]
    [InlineData("July 2025: Modi’s planned Moscow trip could result in fresh agreements on energy, defence, tech, and counterterrorism.")]
    [InlineData("Modi is expected to visit Moscow in July—continuing a pattern of frequent high-level dialogue between the two nations")]
    [InlineData("Putin said: “We will see each other again in New Delhi.”")]
    public void Sentences_are_quotes(string text) => Assert.True(QuoteShape.IsQuotable(text));

    [Theory]
    [InlineData("2021", "2021")]
    [InlineData("2024-07 (22nd summit)", "July 2024 (22nd summit)")]
    [InlineData("2018-10-05", "5 October 2018")]
    [InlineData("2025-12-04/2025-12-05", "4–5 December 2025")]
    [InlineData("held", "held")]
    public void Conflicting_values_read_as_words(string value, string readable) => Assert.Equal(readable, SummitConflicts.Readable(value));

    [Fact]
    public void Only_values_that_cannot_both_be_true_are_a_conflict()
    {
        var sameDateTwoPrecisions = Conflict("date", "2024-07", "2024-07-08");
        var sameValue = Conflict("status", "held", "held");
        var dates = Conflict("date", "2024-07-08", "2024-09-01");
        var latest = Conflict("latest annual summit", "2021", "2024-07 (22nd summit)");
        var status = Conflict("status", "held", "cancelled");

        var real = SummitConflicts.Real([sameDateTwoPrecisions, sameValue, dates, latest, status]);

        Assert.Equal([dates, latest, status], real);
    }

    private static ConflictView Conflict(string field, params string[] values) =>
        new(field, [.. values.Select((value, i) => new ClaimView(value, $"article-{i}", $"Article {i}", "A sentence.", i))]);
}
