using BharatBrief.Ingestion.Gazetteers;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>Which country a name speaks for: a country, its adjective ("Russian") or its head of state or government.</summary>
internal static class Sides
{
    public static string? CountryOf(Named name) => name switch
    {
        Country country => country.Name,
        CountryAdjective adjective => adjective.Country.Name,
        Person { IsHead: true } leader => leader.Country,
        _ => null,
    };
}
