using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Tests.Documents;

public class SentenceSplittingTests
{
    [Theory]
    [InlineData("Ties with the U.S. President remain warm. Trade grew.", "Ties with the U.S. President remain warm.|Trade grew.")]
    [InlineData("Pressure came from the U.S. The meeting went ahead.", "Pressure came from the U.S.|The meeting went ahead.")]
    [InlineData("Strategic expert Dr. Vibhor Kashyap notes that ties are old. He adds more.", "Strategic expert Dr. Vibhor Kashyap notes that ties are old.|He adds more.")]
    [InlineData("Mr. Modi met Mrs. Sharma and Prof. Rao in St. Petersburg.", "Mr. Modi met Mrs. Sharma and Prof. Rao in St. Petersburg.")]
    [InlineData("Gen. Lt. Col. Singh spoke. Others listened.", "Gen. Lt. Col. Singh spoke.|Others listened.")]
    [InlineData("V. Putin and N. Modi met. They spoke.", "V. Putin and N. Modi met.|They spoke.")]
    [InlineData("Growth was 6.5 per cent. Trade reached $1.2 billion.", "Growth was 6.5 per cent.|Trade reached $1.2 billion.")]
    [InlineData("The visit is on Dec. 4 in Delhi. It lasts two days.", "The visit is on Dec. 4 in Delhi.|It lasts two days.")]
    [InlineData("Prices rose, e.g. Oil and gas. Then fell.", "Prices rose, e.g. Oil and gas.|Then fell.")]
    [InlineData("Reliance Industries Ltd. said it would buy more. Rosneft agreed.", "Reliance Industries Ltd. said it would buy more.|Rosneft agreed.")]
    [InlineData("The fee is Rs. 500 per barrel. It is paid monthly.", "The fee is Rs. 500 per barrel.|It is paid monthly.")]
    [InlineData("Is it special? Most think so! Others… Wait.", "Is it special?|Most think so!|Others…|Wait.")]
    [InlineData("He called Putin “the world’s most bloody criminal.” Zelenskyy’s comments followed.", "He called Putin “the world’s most bloody criminal.”|Zelenskyy’s comments followed.")]
    [InlineData("Modi said \"this is not the era of war\" in his talks. Putin listened.", "Modi said \"this is not the era of war\" in his talks.|Putin listened.")]
    [InlineData("“We are ready,” he said. “Now it’s our turn.”", "“We are ready,” he said.|“Now it’s our turn.”")]
    [InlineData("The 22nd summit was held. 2024 was busy.", "The 22nd summit was held.|2024 was busy.")]
    [InlineData("See the site bharatbrief.in for more. Thanks.", "See the site bharatbrief.in for more.|Thanks.")]
    [InlineData("no punctuation at all just words", "no punctuation at all just words")]
    public void Sentences_split_at_real_boundaries_only(string paragraph, string expected)
    {
        var document = DocumentParser.Parse("Title Line Here\n\n" + paragraph, ArticleFormat.PlainText);

        var sentences = document.Sentences.Where(sentence => sentence.BlockIndex == 1).Select(sentence => sentence.Text);

        Assert.Equal(expected.Split('|'), sentences);
    }

    [Fact]
    public void Seed_003_expert_line_with_Dr_is_one_sentence()
    {
        var document = Seeds.Parse(Seeds.DelhiSummit);

        var block = document.BlockStarting("Strategic expert Dr. Vibhor Kashyap notes:");

        var sentence = Assert.Single(document.Sentences, sentence => sentence.BlockIndex == block.Index);
        Assert.Equal("Strategic expert Dr. Vibhor Kashyap notes:", sentence.Text);
    }

    [Fact]
    public void Seed_001_US_hyphenated_item_is_one_sentence()
    {
        var document = Seeds.Parse(Seeds.Talks);

        Assert.Contains(document.Sentences, sentence => sentence.Text == "U.S.–India relations are strong enough to absorb differences over Russia.");
        Assert.Contains(document.Sentences, sentence => sentence.Text == "Despite India’s efforts to diversify defense partnerships with the U.S., France, and Israel, Russia remains a critical supplier.");
    }

    [Fact]
    public void Sentences_never_cross_blocks_and_are_numbered_in_order()
    {
        foreach (var seed in Seeds.All)
        {
            var document = Seeds.Parse(seed);
            for (var i = 0; i < document.Sentences.Count; i++)
            {
                var sentence = document.Sentences[i];
                Assert.Equal(i, sentence.Index);
                Assert.True(document.BlockOf(sentence).Span.Contains(sentence.Span));
                Assert.Contains(sentence.Text, document.BlockOf(sentence).Text);
            }
        }
    }

    [Fact]
    public void Every_reference_evidence_phrase_lies_within_one_sentence()
    {
        var phrases = new (string Seed, string Phrase)[]
        {
            (Seeds.DelhiSummit, "The last Modi–Putin summit took place in 2021"),
            (Seeds.Invitation, "Modi’s July 2024 visit, which included a warm embrace in Moscow"),
            (Seeds.LavrovConfirms, "During his Moscow visit for the 22nd Russia-India summit"),
            (Seeds.MoscowVisit, "an informal meeting on Monday at Putin’s residence in Novo-Ogaryovo, Moscow, and are expected to continue talks on Tuesday"),
            (Seeds.Invitation, "invited Russian President Vladimir Putin to India, with Putin accepting the call in early May 2025"),
            (Seeds.Invitation, "July 2025: Modi’s planned Moscow trip"),
            (Seeds.DelhiSummit, "Visit Dates"),
            (Seeds.DelhiSummit, "Russia’s State Duma formally ratified the Reciprocal Exchange of Logistic Support (RELOS) agreement"),
            (Seeds.Invitation, "Deals like Reliance–Rosneft give India access to cheaper Russian oil."),
            (Seeds.LavrovConfirms, "The visit also resulted in key agreements, including a commitment to doubling bilateral trade to USD 100 billion."),
            (Seeds.DelhiSummit, "Russia’s proposal to expand the rupee-ruble mechanism — currently struggling with imbalances"),
            (Seeds.Talks, "Talks are advancing on long-term LNG supply agreements."),
            (Seeds.DelhiSummit, "Russia intends to “create permanent protective mechanisms” to ensure trade with India remains unaffected"),
        };

        foreach (var (seed, phrase) in phrases)
        {
            Assert.Contains(Seeds.Parse(seed).Sentences, sentence => sentence.Text.Contains(phrase, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_run_without_full_stops_is_cut_into_bounded_sentences()
    {
        var words = string.Join(' ', Enumerable.Repeat("sanctions", 2000));

        var document = DocumentParser.Parse(words, ArticleFormat.PlainText);

        Assert.True(document.Sentences.Count > 1);
        Assert.All(document.Sentences, sentence => Assert.True(sentence.Text.Length <= SentenceSplitter.MaxSentenceLength));
        Assert.Equal(words, string.Join(' ', document.Sentences.Select(sentence => sentence.Text)));
    }

    [Fact]
    public void Devanagari_danda_ends_a_sentence()
    {
        var document = DocumentParser.Parse("मोदी ने पुतिन से मुलाकात की। दोनों नेताओं ने व्यापार पर चर्चा की।", ArticleFormat.PlainText);

        Assert.Equal(["मोदी ने पुतिन से मुलाकात की।", "दोनों नेताओं ने व्यापार पर चर्चा की।"], document.Sentences.Select(sentence => sentence.Text));
        Assert.True(document.TitleIsDerived);
        Assert.Equal("मोदी ने पुतिन से मुलाकात की", document.Title);
    }
}
