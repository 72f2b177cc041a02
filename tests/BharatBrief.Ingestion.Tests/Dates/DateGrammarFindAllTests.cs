using BharatBrief.Ingestion.Dates;

namespace BharatBrief.Ingestion.Tests.Dates;

public sealed class DateGrammarFindAllTests
{
    [Theory]
    [InlineData("Prime Minister Narendra Modi has once again invited Russian President Vladimir Putin to India, with Putin accepting the call in early May 2025.", "in early May 2025")]
    [InlineData("Modi is expected to visit Moscow in July—continuing a pattern of frequent high-level dialogue", "in July")]
    [InlineData("Modi’s July 2024 visit, which included a warm embrace in Moscow, underscored the duo’s historic bond .", "July 2024")]
    [InlineData("July 2025: Modi’s planned Moscow trip could result in fresh agreements on energy, defence, tech, and counterterrorism.", "July 2025")]
    [InlineData("Trade volume surpassed $65 billion last year, a record high.", "last year")]
    [InlineData("Russian Foreign Minister Sergey Lavrov confirmed on Thursday.", "on Thursday")]
    [InlineData("In 2024, Modi was among the few global leaders to visit both Moscow and Kyiv", "In 2024")]
    [InlineData("Russian President Vladimir Putin is set to arrive in New Delhi on December 4 for a crucial two-day visit", "on December 4")]
    [InlineData("While India and Russia have held annual leadership summits for over two decades, this year’s meeting carries more weight", "this year")]
    [InlineData("India and Russia share a 77-year diplomatic history, with defence cooperation dating back to the 1960s.", "the 1960s")]
    [InlineData("The last Modi–Putin summit took place in 2021, after which the Ukraine war disrupted all scheduled annual meetings.", "in 2021")]
    [InlineData("The 2025 summit marks a major reboot of the institutionalized format.", "2025")]
    [InlineData("| Visit Dates | December 4–5 |", "December 4–5")]
    [InlineData("The two leaders had an informal meeting on Monday at Putin’s residence in Novo-Ogaryovo, Moscow, and are expected to continue talks on Tuesday.", "on Monday|on Tuesday")]
    [InlineData("The visit marks Modi’s first visit to Russia since the invasion of Ukraine in 2022, with the Kremlin praising India", "in 2022")]
    [InlineData("Putin visited on 4 December 2021 and again on Dec. 4-5, 2025.", "on 4 December 2021|on Dec. 4-5, 2025")]
    [InlineData("He served from 2014 to 2019 and then from May 2019 onwards.", "from 2014 to 2019|May 2019")]
    [InlineData("It happened 2 years ago, five months ago and a week ago.", "2 years ago|five months ago|a week ago")]
    [InlineData("Talks are planned for early next month, possibly mid-December.", "early next month|mid-December")]
    [InlineData("In the 1990s and 2000s trade fell; in the early 2010s it grew.", "In the 1990s|2000s|in the early 2010s")]
    [InlineData("The report (2023) and **2024** and “2022”.", "2023|2024|2022")]
    [InlineData("Timeline: 2014–2019; FY2024-25; 2019-20.", "2014–2019|FY2024-25|2019-20")]
    [InlineData("Modi arrived Monday evening and will leave on Tuesday, July 9.", "Monday|on Tuesday, July 9")]
    [InlineData("India will hold elections by March.", "March")]
    [InlineData("THE SUMMIT IN JULY 2024 WAS HISTORIC", "IN JULY 2024")]
    [InlineData("Ties date from the 1960s–1970s.", "the 1960s|1970s")]
    [InlineData("MOSCOW, Oct. 22 (Reuters) - The BRICS summit in Kazan on October 22-24, 2024 drew 36 leaders.", "Oct. 22|on October 22-24, 2024")]
    [InlineData("Modi and Putin will meet on 4 and 5 December, the Kremlin said on Friday.", "on 4 and 5 December|on Friday")]
    public void Finds_the_phrases_of_a_sentence(string sentence, string expected)
    {
        var matches = DateGrammar.FindAll(sentence);

        Assert.Equal(expected.Split('|'), matches.Select(match => match.Text));
        Assert.All(matches, match => Assert.Equal(match.Text, sentence.Substring(match.Span.Start, match.Span.Length)));
    }

    [Theory]
    [InlineData("the S-400 missile deal")]
    [InlineData("India and Russia share a 77-year diplomatic history")]
    [InlineData("Nearly 60–70% of India's military equipment is still of Russian origin.")]
    [InlineData("You may attend the meeting.")]
    [InlineData("The troops march on the capital.")]
    [InlineData("May I ask a question? The March deadline was missed.")]
    [InlineData("During his Moscow visit for the 22nd Russia-India summit")]
    [InlineData("a commitment to doubling bilateral trade to USD 100 billion")]
    [InlineData("Rs 2025 crore was allotted; the price was $2021 and 2,021 units were sold.")]
    [InlineData("Su-30MKI and MiG-29 fleets; the S-2021 variant; FY2024-26.")]
    [InlineData("In 2025-12 the plan; 2021.5 percent; 2021% growth; 2021 troops.")]
    [InlineData("Theresa May met Modi. Jan Smith spoke.")]
    [InlineData("the last year has been hard; over the next year; the past two years")]
    [InlineData("a two-day visit for over two decades, now in its third year, after a third term")]
    [InlineData("twenty-two, 1.5 years, at 10:30, the next decade, an early stage, earlier talks")]
    [InlineData("a May visit, their March agreement, an April Fools joke is not, a June Kelly interview")]
    public void Finds_nothing_where_there_is_no_date(string sentence)
    {
        Assert.Empty(DateGrammar.FindAll(sentence));
    }

    [Fact]
    public void Reports_spans_in_the_searched_text()
    {
        const string text = "Trade volume surpassed $65 billion last year, and Putin arrives on December 4–5.";

        var matches = DateGrammar.FindAll(text);

        Assert.Equal([new(35, 9), new(64, 15)], matches.Select(match => match.Span));
        Assert.Equal(new RelativeYear(-1), matches[0].Expression);
        Assert.Equal(new YearlessDate(12, 4, 12, 5), matches[1].Expression);
    }

    [Fact]
    public void Finds_every_date_of_a_seed_article()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "003_82b28d731f843d0d.txt"));

        var found = DateGrammar.FindAll(text).Select(match => match.Text);

        Assert.Equal(["on December 4", "this year", "the 1960s", "in 2021", "2025", "December 4–5", "2025"], found);
    }

    [Fact]
    public void Finds_nothing_in_an_empty_text() => Assert.Empty(DateGrammar.FindAll(string.Empty));
}
