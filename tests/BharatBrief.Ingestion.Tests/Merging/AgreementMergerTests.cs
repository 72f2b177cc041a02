using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Tests.Merging;

/// <summary>One agreement however articles name it: well-known agreements by their canonical names, others by their words.</summary>
public sealed class AgreementMergerTests
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

    private static AgreementMention Signed(string name) =>
        new(name, [], AgreementKind.Agreement, AgreementStatus.Signed, null, null, [], [],
            [new Evidence(0, new TextSpan(0, name.Length), $"They signed the {name}.")]);

    [Fact]
    public void An_agreement_one_article_alone_names_is_shown_only_where_agreements_are_told_by_few_articles()
    {
        string[] named = ["Agreement on Arctic Shipping", "Agreement on Fertiliser Supplies", "Agreement on Space Cooperation", "Agreement on Rail Links", "Agreement on Visa Facilitation"];
        foreach (var articlesEach in new[] { 1, 8 })
        {
            var facts = named.SelectMany((name, index) => Enumerable.Range(0, articlesEach)
                    .Select(article => new ArticleFacts(index * 100 + article + 1, new AsOfDate(PartialDate.OfDay(2024, 1, 1), AsOfDate.Published), [], [Signed(name)])))
                .Append(new ArticleFacts(1000, new AsOfDate(PartialDate.OfDay(2024, 1, 1), AsOfDate.Published), [], [Signed("Modi and Putin cover trade targets")]))
                .ToList();

            var merged = Consolidator.Consolidate(facts);

            var shown = merged.Agreements.Any(agreement => agreement.Name.StartsWith("Modi", StringComparison.Ordinal));
            Assert.True(shown == articlesEach < 5, $"agreements told {articlesEach} times each: shown {shown}");
            Assert.Equal(shown ? 6 : 5, merged.Agreements.Count);
        }
    }

    [Fact]
    public void A_well_known_agreement_under_three_names_is_one_agreement_with_its_canonical_name()
    {
        var merged = Merge(
            Published("2018-10-06", "New Delhi signed the S-400 supply contract despite warnings from Washington."),
            Published("2019-03-02", "India confirmed that it had signed the contract for the S-400 Triumf."),
            Published("2016-10-16", "The two countries inked a deal on long-range air defence systems in Goa."));

        var agreement = Assert.Single(merged.Agreements);
        Assert.StartsWith("S-400", agreement.Name);
        Assert.Equal(AgreementKind.Contract, agreement.Kind);
        Assert.Equal(AgreementStatus.Signed, agreement.Status);
        Assert.Contains(agreement.Aliases, alias => alias.Contains("air defence", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_corridor_named_by_its_ports_and_by_its_title_is_one_agreement()
    {
        var merged = Merge(
            Published("2019-09-06", "Officials signed a memorandum on developing maritime communications between Chennai and Vladivostok."),
            Published("2025-12-01", "Cargo now moves on the Eastern Maritime Corridor, which was operationalised last year."));

        var agreement = Assert.Single(merged.Agreements);
        Assert.Contains("Eastern Maritime Corridor", agreement.Name);
        Assert.Equal(AgreementStatus.InForce, agreement.Status);
    }

    [Fact]
    public void Trade_targets_worded_differently_are_one_commitment_per_amount()
    {
        var merged = Merge(
            Published("2024-07-10", "Modi and Putin agreed to lift bilateral trade to $50 billion by 2030."),
            Published("2025-02-01", "India-Russia trade grew again last year but remains far from the target of 50 billion US dollars by 2030."),
            Published("2025-03-01", "India and Russia also spoke of a goal of $20 billion in two-way trade in services."));

        Assert.Equal(2, merged.Agreements.Count);
        var fifty = Assert.Single(merged.Agreements, agreement => agreement.Name.Contains("$50 billion", StringComparison.Ordinal));
        Assert.Equal("Trade target of $50 billion by 2030", fifty.Name);
        Assert.Equal((AgreementKind.Commitment, AgreementStatus.Agreed), (fifty.Kind, fifty.Status));
        Assert.Equal(2, fifty.Mentions.Count);
    }

    [Fact]
    public void Unknown_agreements_still_merge_by_the_words_of_their_names()
    {
        var merged = Merge(
            Published("2023-05-01", "The two sides are negotiating an agreement on fisheries cooperation in the Arctic."),
            Published("2024-05-01", "India and Russia signed the Arctic fisheries cooperation agreement on Friday."));

        var agreement = Assert.Single(merged.Agreements);
        Assert.Equal(AgreementStatus.Signed, agreement.Status);
        Assert.Single(agreement.Aliases);
    }
}
