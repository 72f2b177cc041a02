using BharatBrief.Ingestion.Extractors.Summits;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Merging;

/// <summary>Writes a cluster as a <see cref="MergedSummit"/>: each field from the mention that supports it best.</summary>
internal sealed class SummitBuilder(Gazetteer gazetteer)
{
    public MergedSummit Build(SummitCluster cluster, int? ordinal, bool ordinalIsDerived, IReadOnlyList<FieldConflict> conflicts)
    {
        var members = cluster.Members.OrderByDescending(member => member.Informativeness).ToList();
        var dates = cluster.Dates;
        var venue = cluster.Venue;
        var city = cluster.City ?? gazetteer.Venues.FirstOrDefault(known => known.Name == venue)?.City;
        var country = city is not null ? gazetteer.FindCity(city)?.Country ?? cluster.HostCountry : cluster.HostCountry;
        var participants = members.SelectMany(member => member.Mention.Participants).Distinct()
            .OrderBy(name => gazetteer.FindPerson(name)?.Country == "India" ? 0 : 1).ToArray();
        var kind = cluster.ShownKind;
        var visitor = participants.FirstOrDefault(name => gazetteer.FindPerson(name) is { } person && person.Country != country);
        var themes = members.SelectMany(member => member.Mention.Themes).GroupBy(theme => theme)
            .OrderByDescending(group => group.Count()).Select(group => group.Key).ToArray();
        return new MergedSummit(
            members.Select(member => member.Ref).ToArray(),
            SummitTitles.For(kind, ordinal, cluster.Forum, city, country, dates?.Start.ToString(), participants, visitor),
            kind,
            StatusOf(members, dates),
            dates?.Start,
            dates?.End,
            city,
            country,
            venue,
            cluster.Forum,
            ordinal,
            ordinalIsDerived,
            participants,
            themes,
            conflicts)
        {
            Confidence = SummitConfidence.Of(cluster, participants, conflicts, name => gazetteer.FindPerson(name)?.Country),
        };
    }

    /// <summary>
    /// The status the latest source gives; a meeting any source reports as held has happened, whatever older
    /// sources planned, unless a later source reports it cancelled.
    /// </summary>
    /// <summary>
    /// A meeting dated after every source was written, or after today, cannot be known to have been held: whatever the
    /// tense suggested, it is planned.
    /// </summary>
    private static SummitStatus StatusOf(List<SourcedSummit> members, Dates.DateRange? dates)
    {
        var status = StatusBySources(members);
        if (status == SummitStatus.Held && dates is not null)
        {
            var latestSource = members.Max(member => member.AsOf.Value?.LastDay ?? DateOnly.MaxValue);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            if (dates.Start.FirstDay > latestSource || dates.Start.FirstDay > today)
            {
                return SummitStatus.Planned;
            }
        }
        return status;
    }

    private static SummitStatus StatusBySources(List<SourcedSummit> members)
    {
        var latest = members.OrderByDescending(member => member.AsOf.Value?.LastDay ?? DateOnly.MinValue).First();
        if (latest.Mention.Status == SummitStatus.Cancelled)
        {
            return SummitStatus.Cancelled;
        }
        return members.Any(member => member.Mention.Status == SummitStatus.Held) ? SummitStatus.Held : latest.Mention.Status;
    }
}
