using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Tests.Documents;

public class FrontMatterTests
{
    private const string Article = """
        ---
        title: "Putin: the Delhi visit"
        published: 2025-12-04
        source: 'Editor''s desk'
        tags: [defence, energy]
        # a comment line
        ---
        Putin arrived in New Delhi on Thursday for a two-day visit.
        """;

    [Fact]
    public void Front_matter_is_read_and_removed_from_the_body()
    {
        var document = DocumentParser.Parse(Article, ArticleFormat.Markdown);

        Assert.Equal("Putin: the Delhi visit", document.FrontMatter.Title);
        Assert.Equal("2025-12-04", document.FrontMatter.Published);
        Assert.Equal("Editor's desk", document.FrontMatter.SourceName);
        Assert.Equal("[defence, energy]", document.FrontMatter["tags"]);
        Assert.Equal(["defence", "energy"], document.FrontMatter.Tags);
        Assert.Equal("Putin arrived in New Delhi on Thursday for a two-day visit.", document.Text);
        Assert.Equal(0, document.Blocks[0].Span.Start);
        Assert.Equal("Putin: the Delhi visit", document.Title);
        Assert.False(document.TitleIsDerived);
    }

    [Fact]
    public void Metadata_wins_over_front_matter_for_the_same_key()
    {
        var metadata = new FrontMatter(new Dictionary<string, string> { ["title"] = "Sidecar title", ["url"] = "https://example.org/a", ["source"] = " " });

        var document = DocumentParser.Parse(Article, ArticleFormat.Markdown, metadata);

        Assert.Equal("Sidecar title", document.Title);
        Assert.Equal("https://example.org/a", document.FrontMatter.Url);
        Assert.Equal("2025-12-04", document.FrontMatter.Published);
        Assert.Equal("Editor's desk", document.FrontMatter.SourceName);
    }

    [Fact]
    public void Yaml_lists_and_folded_blocks_become_strings()
    {
        var document = DocumentParser.Parse("---\ntags:\n  - defence\n  - trade\nsummary: >\n  Two leaders\n  met.\n---\nBody text here.", ArticleFormat.PlainText);

        Assert.Equal(["defence", "trade"], document.FrontMatter.Tags);
        Assert.Equal("Two leaders met.", document.FrontMatter["summary"]);
    }

    [Theory]
    [InlineData("---\nThis is not metadata\n---\nBody.")]
    [InlineData("---\ntitle: never closed\nBody.")]
    [InlineData("Intro.\n---\ntitle: late\n---\n")]
    public void Text_that_is_not_front_matter_stays_in_the_body(string text)
    {
        var document = DocumentParser.Parse(text, ArticleFormat.PlainText);

        Assert.Empty(document.FrontMatter.Values);
        Assert.Equal(text, document.Text);
    }

    [Fact]
    public void Front_matter_with_crlf_line_ends_is_read()
    {
        var document = DocumentParser.Parse("---\r\ntitle: Windows\r\n---\r\nBody line.\r\n", ArticleFormat.Markdown);

        Assert.Equal("Windows", document.FrontMatter.Title);
        Assert.Equal("Body line.\n", document.Text);
    }

    [Fact]
    public void Outlet_and_author_are_read_from_their_keys_or_the_names_news_sites_use()
    {
        var document = DocumentParser.Parse("""
            ---
            outlet: The Hindu
            byline: Suhasini Haidar
            url: https://www.thehindu.com/news/national/s400/article1.ece
            date: 2018-10-05
            ---
            India and Russia signed the S-400 deal in New Delhi.
            """, ArticleFormat.PlainText);

        Assert.Equal("The Hindu", document.FrontMatter.Outlet);
        Assert.Equal("Suhasini Haidar", document.FrontMatter.Author);
        Assert.Equal("https://www.thehindu.com/news/national/s400/article1.ece", document.FrontMatter.Url);
        Assert.Equal("2018-10-05", document.FrontMatter.Published);
    }

    [Fact]
    public void A_brief_s_source_name_is_its_outlet_unless_an_outlet_is_given()
    {
        Assert.Equal("Editor's desk", DocumentParser.Parse(Article, ArticleFormat.Markdown).FrontMatter.Outlet);
        var given = new FrontMatter(new Dictionary<string, string> { ["publication"] = "TASS", ["source"] = "wire" });
        Assert.Equal("TASS", DocumentParser.Parse("Putin arrived.", ArticleFormat.PlainText, given).FrontMatter.Outlet);
        Assert.Null(DocumentParser.Parse("Putin arrived.", ArticleFormat.PlainText).FrontMatter.Author);
    }
}
