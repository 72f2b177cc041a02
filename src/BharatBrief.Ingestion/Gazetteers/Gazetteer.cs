using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Gazetteers;

/// <summary>
/// The names the pipeline knows — people, countries, cities, venues, forums, organisations — read from the data files
/// in Gazetteers/Data and compiled into one phrase matcher. Immutable after construction.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> DefaultGazetteer = new(() => GazetteerLoader.LoadEmbedded());

    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, City> _cities;
    private readonly Dictionary<string, Country> _countries;

    internal Gazetteer(
        IReadOnlyList<Person> people,
        IReadOnlyList<Country> countries,
        IReadOnlyList<City> cities,
        IReadOnlyList<Venue> venues,
        IReadOnlyList<Forum> forums,
        IReadOnlyList<Organization> organizations,
        PhraseMatcher<Named> names,
        IReadOnlyList<ForumEdition> editions)
    {
        Editions = editions;
        People = people;
        Countries = countries;
        Cities = cities;
        Venues = venues;
        Forums = forums;
        Organizations = organizations;
        Names = names;
        _people = people.ToDictionary(person => person.Name, StringComparer.OrdinalIgnoreCase);
        _cities = cities.ToDictionary(city => city.Name, StringComparer.OrdinalIgnoreCase);
        _countries = countries.ToDictionary(country => country.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The gazetteer built from the embedded data files.</summary>
    public static Gazetteer Default => DefaultGazetteer.Value;

    public IReadOnlyList<Person> People { get; }

    public IReadOnlyList<Country> Countries { get; }

    public IReadOnlyList<City> Cities { get; }

    public IReadOnlyList<Venue> Venues { get; }

    public IReadOnlyList<Forum> Forums { get; }

    public IReadOnlyList<Organization> Organizations { get; }

    /// <summary>Every known name and its variants ("PM Modi", "St. Petersburg", "Novo-Ogarevo").</summary>
    public PhraseMatcher<Named> Names { get; }

    /// <summary>The leaders' summits of multilateral forums, with their host cities and days.</summary>
    public IReadOnlyList<ForumEdition> Editions { get; }

    /// <summary>The summit of <paramref name="forum"/> held in <paramref name="city"/> nearest before <paramref name="notAfter"/>, or the latest when no bound is given.</summary>
    public ForumEdition? FindEdition(string forum, string city, DateOnly? notAfter = null)
    {
        ForumEdition? found = null;
        foreach (var edition in Editions)
        {
            if (string.Equals(edition.Forum, forum, StringComparison.OrdinalIgnoreCase) && string.Equals(edition.City, city, StringComparison.OrdinalIgnoreCase)
                && (notAfter is null || edition.Start <= notAfter) && (found is null || edition.Start > found.Start))
            {
                found = edition;
            }
        }
        return found;
    }

    public Person? FindPerson(string name) => _people.GetValueOrDefault(name);

    public City? FindCity(string name) => _cities.GetValueOrDefault(name);

    public Country? FindCountry(string name) => _countries.GetValueOrDefault(name);
}
