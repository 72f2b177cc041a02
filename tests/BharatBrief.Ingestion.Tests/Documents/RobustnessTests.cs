using System.Text;
using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Tests.Documents;

public class RobustnessTests
{
    private static readonly string[] Fragments =
    [
        "Modi", " met ", "Putin", " ", "\n", "\n\n", "\r\n", ". ", "? ", "…", "U.S.", "Dr.", "6.5", "“", "”", "\"", "’", "-", "\n-\n",
        "\n1. ", "|", "\n|---|---|\n", "\n| a | b |\n", "## ", "> ", "*", "**", "_", "`", "\n```\n", "[", "](", "![", "<", ">",
        "<script>", "</script>", "<img onerror=x>", "<!--", "&amp;", "&#0;", "\\", "🔍", "\uD83D", "\uDE00", "\0", "\uFEFF", "\u0301",
        "\u200B", "\t", "---", "\ntitle: x\n", "Comments", "Advertisement", "Moscow, Russia – ", "NEW DELHI, Dec 4 (Reuters) - ", ":",
        "Fact Box\n", "\n===\n", "<a '", "\"<", "~~~", "•", "▪",
    ];

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\n")]
    [InlineData("\t \r\n \u00A0")]
    [InlineData(".")]
    [InlineData("-")]
    [InlineData("|")]
    [InlineData("---")]
    [InlineData("---\n---")]
    [InlineData("🔍")]
    [InlineData("\uD800")]
    [InlineData("\0\u0001\u0002\u0003")]
    [InlineData("<")]
    [InlineData("[")]
    [InlineData("```")]
    public void Degenerate_inputs_parse_in_both_formats(string text)
    {
        foreach (var format in new[] { ArticleFormat.PlainText, ArticleFormat.Markdown })
        {
            var document = DocumentParser.Parse(text, format);

            Assert.NotNull(document.Title);
            AssertConsistent(document);
        }
    }

    [Fact]
    public void Random_fragments_never_throw_and_keep_spans_consistent()
    {
        var random = new Random(20251204);
        for (var round = 0; round < 3000; round++)
        {
            var builder = new StringBuilder();
            var count = random.Next(0, 120);
            for (var i = 0; i < count; i++)
            {
                builder.Append(round % 4 == 0 ? (char)random.Next(0, 0x10000) : Fragments[random.Next(Fragments.Length)]);
            }
            var text = builder.ToString();
            foreach (var format in new[] { ArticleFormat.PlainText, ArticleFormat.Markdown })
            {
                AssertConsistent(DocumentParser.Parse(text, format));
            }
        }
    }

    [Fact]
    public void A_single_huge_line_without_punctuation_parses_quickly()
    {
        var text = string.Concat(Enumerable.Repeat("india russia trade energy defence ", 150_000));

        var document = DocumentParser.Parse(text, ArticleFormat.PlainText);
        Assert.Single(document.Blocks);
        Assert.True(document.Sentences.Count > 1);
        Assert.True(document.Title.Length < 200);
    }

    [Theory]
    [InlineData(ArticleFormat.PlainText)]
    [InlineData(ArticleFormat.Markdown)]
    public void Twenty_megabytes_of_article_text_parse_in_seconds(ArticleFormat format)
    {
        var seed = Seeds.Text(Seeds.DelhiSummit);
        var builder = new StringBuilder(20_000_000);
        while (builder.Length < 20_000_000)
        {
            builder.Append(seed).Append("\n\n");
        }

        var document = DocumentParser.Parse(builder.ToString(), format);
        Assert.True(document.Sentences.Count > 100_000);
    }

    [Fact]
    public void Hostile_nesting_stays_linear()
    {
        var inputs = new[]
        {
            string.Concat(Enumerable.Repeat("[a](<b \"c '`*_&#", 100_000)),
            string.Concat(Enumerable.Repeat("<a '", 200_000)),
            "<a '" + string.Concat(Enumerable.Repeat("<b ", 200_000)) + "'",
            string.Concat(Enumerable.Repeat("e\u0301\u0323", 200_000)),
            string.Concat(Enumerable.Repeat("](", 300_000)),
        };

        foreach (var text in inputs)
        {
            DocumentParser.Parse(text, ArticleFormat.Markdown);
        }
    }


    private static void AssertConsistent(ArticleDocument document)
    {
        foreach (var block in document.Blocks)
        {
            Assert.InRange(block.Span.Start, 0, document.Text.Length);
            Assert.InRange(block.Span.End, block.Span.Start + 1, document.Text.Length);
            Assert.NotEmpty(block.Text);
            Assert.Equal(block.Text.Trim(), block.Text);
        }
        for (var i = 0; i < document.Sentences.Count; i++)
        {
            var sentence = document.Sentences[i];
            Assert.Equal(i, sentence.Index);
            Assert.True(document.BlockOf(sentence).Span.Contains(sentence.Span));
            Assert.NotEmpty(sentence.Text);
        }
        var blocksWithSentences = document.Sentences.Select(sentence => sentence.BlockIndex).ToHashSet();
        Assert.All(document.Blocks, block => Assert.Contains(block.Index, blocksWithSentences));
        foreach (var fact in document.Facts)
        {
            Assert.Equal(BlockKind.TableRow, document.Blocks[fact.BlockIndex].Kind);
            Assert.Equal(fact.BlockIndex, document.Sentences[fact.SentenceIndex].BlockIndex);
        }
        if (document.Dateline is { } dateline)
        {
            Assert.InRange(dateline.Span.End, dateline.Span.Start + 1, document.Text.Length);
        }
    }
}
