using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Tests.Documents;

public class TableTests
{
    [Fact]
    public void Seed_003_fact_box_rows_become_facts_under_their_caption()
    {
        var document = Seeds.Parse(Seeds.DelhiSummit);

        Assert.Equal(
            ["Visit Dates", "Leaders", "Major Agenda", "Key Agreement Ratified", "Key Concern", "Context"],
            document.Facts.Select(fact => fact.Key));
        Assert.All(document.Facts, fact => Assert.Equal("Fact Box", fact.Caption));
        Assert.Equal("December 4–5", document.Facts[0].Value);
        Assert.Equal("RELOS (Reciprocal Exchange of Logistic Support)", document.Facts[3].Value);
    }

    [Fact]
    public void Seed_003_header_row_is_neither_a_fact_nor_a_block()
    {
        var document = Seeds.Parse(Seeds.DelhiSummit);

        Assert.DoesNotContain(document.Facts, fact => fact.Key == "Topic");
        Assert.DoesNotContain(document.Blocks, block => block.Text.Contains("Key Details"));
        Assert.Equal(6, document.OfKind(BlockKind.TableRow).Count());
    }

    [Fact]
    public void Seed_003_each_row_is_one_key_value_sentence()
    {
        var document = Seeds.Parse(Seeds.DelhiSummit);

        foreach (var fact in document.Facts)
        {
            var sentence = document.Sentences[fact.SentenceIndex];
            Assert.Equal(fact.BlockIndex, sentence.BlockIndex);
            Assert.Equal($"{fact.Key}: {fact.Value}", sentence.Text);
            Assert.Equal(BlockKind.TableRow, document.Blocks[fact.BlockIndex].Kind);
            Assert.Single(document.Sentences, s => s.BlockIndex == fact.BlockIndex);
        }
        Assert.Equal("Visit Dates: December 4–5", document.Sentences[document.Facts[0].SentenceIndex].Text);
    }

    [Fact]
    public void Seed_003_caption_line_is_a_heading_over_the_rows()
    {
        var document = Seeds.Parse(Seeds.DelhiSummit);

        var caption = document.BlockStarting("Fact Box");
        Assert.Equal(BlockKind.Heading, caption.Kind);
        Assert.All(document.OfKind(BlockKind.TableRow), row => Assert.Equal(caption.Index, row.Section));
    }

    [Fact]
    public void Row_spans_point_at_the_row_and_its_cells()
    {
        var document = Seeds.Parse(Seeds.DelhiSummit);
        var fact = document.Facts[0];

        var block = document.Blocks[fact.BlockIndex];
        var sentence = document.Sentences[fact.SentenceIndex];
        Assert.Equal("| Visit Dates | December 4–5 |", document.Text[block.Span.Start..block.Span.End]);
        Assert.Equal("Visit Dates | December 4–5", document.Text[sentence.Span.Start..sentence.Span.End]);
    }

    [Fact]
    public void A_table_without_a_caption_or_header_still_gives_facts()
    {
        var document = DocumentParser.Parse(
            "The deal was signed on Friday after long talks.\n\n| Value | $2 billion |\n| Duration | 10 years |\n",
            ArticleFormat.PlainText);

        Assert.Equal(2, document.Facts.Count);
        Assert.All(document.Facts, fact => Assert.Null(fact.Caption));
        Assert.Equal("Duration", document.Facts[1].Key);
    }

    [Fact]
    public void Rows_of_wider_tables_are_blocks_but_not_facts()
    {
        var document = DocumentParser.Parse(
            "Trade figures:\n\n| Year | Exports | Imports |\n|---|---|---|\n| 2023 | 4 | 60 |\n",
            ArticleFormat.PlainText);

        Assert.Empty(document.Facts);
        Assert.Equal("2023: 4; 60", Assert.Single(document.OfKind(BlockKind.TableRow)).Text);
    }

    [Fact]
    public void Markdown_cells_lose_their_markup()
    {
        var document = DocumentParser.Parse(
            "### Key facts\n\n| Item | Detail |\n|:--|--:|\n| **Venue** | [Hyderabad House](https://example.org) |\n",
            ArticleFormat.Markdown);

        var fact = Assert.Single(document.Facts);
        Assert.Equal(("Venue", "Hyderabad House", "Key facts"), (fact.Key, fact.Value, fact.Caption));
    }
}

public class PlainTextTableTests
{
    private const string Exported = """
        Meetings

        Date                 | Location              | Occasion
        ---------------------+-----------------------+---------------------------
        21 May 2018          | Sochi, Russia         | Informal summit
        4 September 2019     | Vladivostok, Russia   | 20th annual summit
        13 November 2019     | Brasilia, Brazil      | 11th BRICS summit |

        Dozens of other calls are not listed here.
        """;

    [Fact]
    public void A_table_ruled_with_crosses_and_unframed_rows_is_a_table()
    {
        var document = DocumentParser.Parse(Exported, BharatBrief.Ingestion.ArticleFormat.PlainText);

        var rows = document.OfKind(BlockKind.TableRow).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("13 November 2019: Brasilia, Brazil; 11th BRICS summit", document.Sentences.Single(sentence => sentence.BlockIndex == rows[2].Index).Text);
        Assert.DoesNotContain(document.Blocks, block => block.Text.Contains("Occasion") || block.Text.Contains("---"));
        Assert.Equal(BlockKind.Paragraph, document.Blocks[^1].Kind);
    }

    [Fact]
    public void A_line_of_dashes_and_crosses_without_a_table_above_it_is_not_a_separator()
    {
        var document = DocumentParser.Parse("Notes\n\nIndia and Russia met often.\n\n-----+-----\n\nThe end of the notes came later.", BharatBrief.Ingestion.ArticleFormat.PlainText);

        Assert.Empty(document.OfKind(BlockKind.TableRow));
    }
}
