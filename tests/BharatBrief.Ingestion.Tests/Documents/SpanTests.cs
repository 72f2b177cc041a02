using System.Text.RegularExpressions;
using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Tests.Documents;

public partial class SpanTests
{
    public static TheoryData<string> AllSeeds => [.. Seeds.All];

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Sentence_spans_slice_to_the_sentence_text_modulo_whitespace(string seed)
    {
        var document = Seeds.Parse(seed);

        foreach (var sentence in document.Sentences.Where(sentence => document.BlockOf(sentence).Kind != BlockKind.TableRow))
        {
            Assert.Equal(sentence.Text, Collapse(document.Text.Substring(sentence.Span.Start, sentence.Span.Length)));
        }
    }

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Block_spans_hold_the_block_text(string seed)
    {
        var document = Seeds.Parse(seed);

        foreach (var block in document.Blocks.Where(block => block.Kind is BlockKind.Paragraph or BlockKind.Lede or BlockKind.Quote))
        {
            Assert.Equal(block.Text, Collapse(document.Text.Substring(block.Span.Start, block.Span.Length)));
        }
        Assert.True(document.Blocks.Zip(document.Blocks.Skip(1)).All(pair => pair.First.Span.End <= pair.Second.Span.Start));
    }

    [Fact]
    public void Text_is_the_normalised_body_the_spans_index_into()
    {
        var document = DocumentParser.Parse("\uFEFFTitle Of The Piece\r\n\r\nFirst line of the lede.\r\nSecond sentence here.", ArticleFormat.PlainText);

        Assert.Equal("Title Of The Piece\n\nFirst line of the lede.\nSecond sentence here.", document.Text);
        var last = document.Sentences[^1];
        Assert.Equal("Second sentence here.", document.Text.Substring(last.Span.Start, last.Span.Length));
    }

    [Fact]
    public void Markdown_spans_point_into_the_original_markup()
    {
        var markdown = "# Title\n\nThe **RELOS** pact was [ratified](https://duma.gov.ru) on *Tuesday*. It took years.\n";

        var document = DocumentParser.Parse(markdown, ArticleFormat.Markdown);

        var first = document.Sentences.Single(sentence => sentence.Text.StartsWith("The RELOS", StringComparison.Ordinal));
        Assert.Equal("The RELOS pact was ratified on Tuesday.", first.Text);
        Assert.Equal("The **RELOS** pact was [ratified](https://duma.gov.ru) on *Tuesday*.", document.Text[first.Span.Start..first.Span.End]);
        var block = document.BlockOf(first);
        Assert.Equal("The **RELOS** pact was [ratified](https://duma.gov.ru) on *Tuesday*. It took years.", document.Text[block.Span.Start..block.Span.End]);
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
