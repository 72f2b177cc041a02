using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Tests.Documents;

public class NormalizationTests
{
    [Fact]
    public void Byte_order_mark_is_stripped()
    {
        var document = DocumentParser.Parse("\uFEFFModi met Putin.", ArticleFormat.PlainText);

        Assert.Equal("Modi met Putin.", document.Text);
    }

    [Theory]
    [InlineData("Line one.\r\nLine two.")]
    [InlineData("Line one.\rLine two.")]
    [InlineData("Line one.\u2028Line two.")]
    public void Line_ends_become_line_feeds(string text)
    {
        var document = DocumentParser.Parse(text, ArticleFormat.PlainText);

        Assert.Equal("Line one.\nLine two.", document.Text);
        Assert.Equal(["Line one.", "Line two."], document.Sentences.Select(sentence => sentence.Text));
    }

    [Fact]
    public void Crlf_input_parses_like_lf_input()
    {
        var lf = Seeds.Text(Seeds.Invitation).Replace("\r\n", "\n", StringComparison.Ordinal);
        var crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);

        var fromLf = DocumentParser.Parse(lf, ArticleFormat.PlainText);
        var fromCrlf = DocumentParser.Parse(crlf, ArticleFormat.PlainText);

        Assert.Equal(fromLf.Text, fromCrlf.Text);
        Assert.Equal(fromLf.Blocks, fromCrlf.Blocks);
        Assert.Equal(fromLf.Sentences, fromCrlf.Sentences);
    }

    [Theory]
    [InlineData("Cafe\u0301 talks", "Café talks")]
    [InlineData("Go\u0308rlitz", "Görlitz")]
    [InlineData("e\u0301\u0323", "\u1EB9\u0301")]
    [InlineData("\u212B", "\u00C5")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]
    [InlineData("\u0928\u093C", "\u0929")]
    [InlineData("\u0958", "\u0915\u093C")]
    [InlineData("Plain ASCII stays", "Plain ASCII stays")]
    public void Text_is_composed_to_NFC(string input, string expected)
    {
        var document = DocumentParser.Parse(input, ArticleFormat.PlainText);

        Assert.Equal(expected, document.Text);
    }

    [Fact]
    public void Control_characters_and_lone_surrogates_are_neutralised()
    {
        var document = DocumentParser.Parse("Modi\0met\u0007Putin \uD800 in\u009F Moscow.\uDC00", ArticleFormat.PlainText);

        Assert.Equal("Modi met Putin \uFFFD in  Moscow.\uFFFD", document.Text);
        Assert.DoesNotContain(document.Text, char.IsSurrogate);
    }

    [Fact]
    public void Whitespace_and_invisible_characters_collapse_in_block_text()
    {
        var document = DocumentParser.Parse("Modi \t met\u00A0\u00A0Putin\u200B in   Moscow.", ArticleFormat.PlainText);

        Assert.Equal("Modi met Putin in Moscow.", document.Blocks[0].Text);
    }
}
