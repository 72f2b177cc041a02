using BharatBrief.Corpus;
using BharatBrief.Ingestion;
using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Data.Tests.Merging;

/// <summary>
/// Merging over a generated archive of a few thousand articles, where reports of one meeting arrive in every order: what
/// must hold of the summits it makes, however the reports were grouped on the way.
/// </summary>
public sealed class GeneratedArchiveMergingTests
{
    private const int Articles = 3000;
    private const int Seed = 42;

    private static readonly Lazy<Consolidation> Merged = new(() =>
    {
        var facts = CorpusGenerator.Generate(Articles, Seed).Select((article, index) =>
        {
            var parsed = ArticlePipeline.Default.Parse(new ArticleSource(article.Text, ArticleFormat.PlainText, article.FileName));
            return new ArticleFacts(index + 1, parsed.AsOf, parsed.Summits, parsed.Agreements);
        }).ToList();
        return Consolidator.Consolidate(facts);
    });

    [Fact]
    public void One_numbered_annual_summit_in_one_city_and_month_is_one_summit()
    {
        var repeated = Merged.Value.Summits
            .Where(summit => summit.Kind == SummitKind.AnnualSummit && summit.Ordinal is not null && !summit.OrdinalIsDerived && summit.Start is { Month: not null })
            .GroupBy(summit => (summit.Ordinal, summit.City, summit.Start!.Value.Year, summit.Start.Value.Month))
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToList();

        Assert.Empty(repeated);
    }

    [Fact]
    public void Two_meetings_of_one_kind_on_one_day_in_one_place_are_one()
    {
        var repeated = Merged.Value.Summits
            .Where(summit => summit.Start is { Precision: BharatBrief.Ingestion.Dates.DatePrecision.Day } && summit.End is null && summit.Kind != SummitKind.AnnualSummit)
            .GroupBy(summit => (summit.Kind, summit.City, summit.Start))
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToList();

        Assert.Empty(repeated);
    }
    [Fact]
    public void A_visit_placed_only_in_a_month_is_not_a_second_summit_beside_the_one_its_leaders_held_on_a_day_of_that_month_in_its_city()
    {
        var summits = Merged.Value.Summits;
        var doubled = summits
            .Where(summit => summit.Start is { Precision: BharatBrief.Ingestion.Dates.DatePrecision.Month } && summit.City is not null && summit.Kind != SummitKind.PhoneCall)
            .Where(month => summits.Count(day => day.Start is { Precision: BharatBrief.Ingestion.Dates.DatePrecision.Day } start
                && start.Year == month.Start!.Value.Year && start.Month == month.Start.Value.Month && day.City == month.City && day.Forum == month.Forum
                && month.Participants.All(day.Participants.Contains)) == 1)
            .Select(month => $"{month.City} {month.Start}")
            .ToList();

        Assert.Empty(doubled);
    }
}
