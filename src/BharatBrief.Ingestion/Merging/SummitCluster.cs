using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Extractors.Summits;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Merging;

/// <summary>The mentions gathered for one real meeting while clustering, and what they say together.</summary>
internal sealed class SummitCluster(SourcedSummit first)
{
    public List<SourcedSummit> Members { get; } = [first];

    public SummitKind Kind => Members.Select(member => member.Mention.Kind).Aggregate(SummitKinds.MoreSpecific);

    public string? Forum => MostCommon(member => member.Mention.Forum);

    public int? Ordinal => Members.Select(member => member.Mention.Ordinal).FirstOrDefault(ordinal => ordinal is not null);

    public string? City => MostCommon(member => member.Mention.City);

    public string? Venue => MostCommon(member => member.Mention.Venue);

    public string? HostCountry => MostCommon(member => member.Mention.Country);

    /// <summary>The most precise dates any member gives.</summary>
    public DateRange? Dates => Members.Select(member => member.Dates).Where(dates => dates is not null)
        .OrderByDescending(dates => dates!.Start.Precision).ThenByDescending(dates => dates!.End is not null).FirstOrDefault();

    public bool HasLatestClaim => Members.Any(member => member.Mention.ClaimsLatest);

    public IEnumerable<string> Participants(string country, Gazetteers.Gazetteer gazetteer) =>
        Members.SelectMany(member => member.Mention.Participants).Where(name => gazetteer.FindPerson(name)?.Country == country).Distinct();

    private string? MostCommon(Func<SourcedSummit, string?> field) =>
        Members.Select(field).Where(value => value is not null).GroupBy(value => value).OrderByDescending(group => group.Count()).Select(group => group.Key).FirstOrDefault();
}
