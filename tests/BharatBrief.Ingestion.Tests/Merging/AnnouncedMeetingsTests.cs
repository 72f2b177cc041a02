using BharatBrief.Ingestion.Merging;

namespace BharatBrief.Ingestion.Tests.Merging;

/// <summary>A story that announces a meeting it dates with the year was written before that meeting, whatever the meetings it recalls seem to say.</summary>
public sealed class AnnouncedMeetingsTests
{
    private static Consolidation Merge(params string[] articles)
    {
        var facts = articles.Select((text, index) =>
        {
            var parsed = ArticlePipeline.Default.Parse(new ArticleSource(text, ArticleFormat.PlainText, $"article-{index}.txt"));
            return new ArticleFacts(index + 1, parsed.AsOf, parsed.Summits, parsed.Agreements);
        }).ToList();
        return Consolidator.Consolidate(facts);
    }

    private static string Published(string date, string body) => $"---\npublished: {date}\n---\n{body}";

    [Theory]
    [InlineData("Modi and Putin will hold an informal summit in New Delhi on October 9, 2018, officials said.")]
    [InlineData("Prime Minister Modi will travel to Vladivostok on 4 September 2018 for talks with President Putin, the ministry said.")]
    [InlineData("President Putin is set to visit India on 9–10 October 2018, the Kremlin said.")]
    public void A_recalled_summit_does_not_move_a_story_past_the_meeting_it_announces(string announcement)
    {
        // The 12th summit is misnumbered in the story ("last year"): the sources date it to 2018, after the announced meeting.
        var merged = Merge(
            Published("2018-11-01", "Modi and Putin held the 12th India-Russia annual summit in Moscow on 22 October 2018."),
            Published("2018-11-02", "The 12th annual summit of Modi and Putin took place in Moscow on October 22, 2018."),
            $"Talks ahead\n\n{announcement} The annual summit format continued with the 12th summit in Moscow last year. Trade stood at $9.5 billion in 2016.");

        Assert.False(merged.AsOfRefinements.TryGetValue(3, out var refined) && refined.Value?.Year > 2018, $"story moved to {refined?.Value}");
    }
}
