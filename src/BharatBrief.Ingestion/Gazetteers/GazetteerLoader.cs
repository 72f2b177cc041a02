using System.Text.Json;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Gazetteers;

/// <summary>Reads the gazetteer data files and expands every name into the variants articles use.</summary>
internal static class GazetteerLoader
{
    private static readonly string[] Honorifics = ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Shri", "Smt"];

    public static Gazetteer LoadEmbedded()
    {
        var names = new List<(string, Named, bool)>();
        var (people, roleTitles) = LoadPeople(names);
        var (countries, cities, venues) = LoadPlaces(names);
        var forums = LoadForums(names);
        var organizations = LoadOrganizations(names);
        var editions = LoadForumEditions();
        foreach (var roleTitle in roleTitles)
        {
            names.Add((roleTitle.Phrase, roleTitle.Title, true));
        }
        return new Gazetteer(people, countries, cities, venues, forums, organizations, new PhraseMatcher<Named>(names), editions);
    }

    private static (List<Person>, List<(string Phrase, RoleTitle Title)>) LoadPeople(List<(string, Named, bool)> names)
    {
        using var document = JsonDocument.Parse(GazetteerResources.Open("people"));
        var root = document.RootElement;
        var titles = root.GetProperty("titles").EnumerateObject()
            .ToDictionary(role => role.Name, role => role.Value.EnumerateArray().Select(title => title.GetString()!).ToArray());
        var people = new List<Person>();
        foreach (var entry in root.GetProperty("people").EnumerateArray())
        {
            var terms = entry.TryGetProperty("terms", out var termsElement)
                ? termsElement.EnumerateArray().Select(term => (term[0].GetInt32(), term[1].ValueKind == JsonValueKind.Null ? (int?)null : term[1].GetInt32())).ToArray()
                : [];
            var person = new Person(entry.GetProperty("name").GetString()!, entry.GetProperty("country").GetString()!,
                entry.GetProperty("role").GetString()!, entry.GetProperty("head").GetBoolean(), terms);
            people.Add(person);
            var aliases = entry.GetProperty("aliases").EnumerateArray().Select(alias => alias.GetString()!).Prepend(person.Name).ToArray();
            var surnameForms = aliases.Where(alias => !alias.Contains(' ', StringComparison.Ordinal)).Append(person.Name).ToArray();
            foreach (var alias in aliases)
            {
                names.Add((alias, person, true));
            }
            foreach (var form in surnameForms.Concat(aliases).Distinct())
            {
                foreach (var title in titles.GetValueOrDefault(person.Role, []).Concat(Honorifics))
                {
                    names.Add(($"{title} {form}", person, true));
                }
            }
        }
        var roleTitles = new List<(string, RoleTitle)>();
        foreach (var country in root.GetProperty("countryTitles").EnumerateObject())
        {
            foreach (var phrase in country.Value.EnumerateArray().Select(title => title.GetString()!))
            {
                var role = phrase.Contains("President", StringComparison.Ordinal) ? "President" : "Prime Minister";
                var holders = people.Where(person => person.Country == country.Name && person.IsHead && person.Role == role).ToArray();
                if (phrase.Contains("leader", StringComparison.Ordinal) || phrase.Contains("chief", StringComparison.Ordinal))
                {
                    holders = people.Where(person => person.Country == country.Name && person.IsHead && person.Role == "President").ToArray();
                }
                roleTitles.Add((phrase, new RoleTitle(country.Name, role, holders)));
            }
        }
        return (people, roleTitles);
    }

    private static (List<Country>, List<City>, List<Venue>) LoadPlaces(List<(string, Named, bool)> names)
    {
        using var document = JsonDocument.Parse(GazetteerResources.Open("places"));
        var root = document.RootElement;
        var countries = new List<Country>();
        foreach (var entry in root.GetProperty("countries").EnumerateArray())
        {
            var country = new Country(entry.GetProperty("name").GetString()!);
            countries.Add(country);
            foreach (var alias in Aliases(entry).Prepend(country.Name))
            {
                names.Add((alias, country, true));
            }
            foreach (var adjective in entry.GetProperty("adjectives").EnumerateArray())
            {
                names.Add((adjective.GetString()!, new CountryAdjective(country), true));
            }
        }
        var cities = new List<City>();
        foreach (var entry in root.GetProperty("cities").EnumerateArray())
        {
            var city = new City(entry.GetProperty("name").GetString()!, entry.GetProperty("country").GetString()!);
            cities.Add(city);
            foreach (var alias in Aliases(entry).Prepend(city.Name))
            {
                names.Add((alias, city, true));
            }
        }
        var venues = new List<Venue>();
        foreach (var entry in root.GetProperty("venues").EnumerateArray())
        {
            var cityName = entry.GetProperty("city").GetString()!;
            var venue = new Venue(entry.GetProperty("name").GetString()!, cityName, cities.First(city => city.Name == cityName).Country);
            venues.Add(venue);
            foreach (var alias in Aliases(entry).Prepend(venue.Name))
            {
                names.Add((alias, venue, true));
            }
        }
        return (countries, cities, venues);
    }

    private static List<Forum> LoadForums(List<(string, Named, bool)> names)
    {
        using var document = JsonDocument.Parse(GazetteerResources.Open("forums"));
        var forums = new List<Forum>();
        foreach (var entry in document.RootElement.GetProperty("forums").EnumerateArray())
        {
            var forum = new Forum(entry.GetProperty("name").GetString()!, false);
            forums.Add(forum);
            foreach (var alias in Aliases(entry).Prepend(forum.Name))
            {
                names.Add((alias, forum, true));
            }
            foreach (var summitName in entry.GetProperty("summitNames").EnumerateArray())
            {
                names.Add((summitName.GetString()!, forum with { IsSummitName = true }, false));
            }
        }
        return forums;
    }

    private static List<ForumEdition> LoadForumEditions()
    {
        using var document = JsonDocument.Parse(GazetteerResources.Open("forum-editions"));
        var editions = new List<ForumEdition>();
        foreach (var entry in document.RootElement.GetProperty("editions").EnumerateArray())
        {
            var start = DateOnly.ParseExact(entry.GetProperty("start").GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var end = entry.TryGetProperty("end", out var last)
                ? DateOnly.ParseExact(last.GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                : start;
            editions.Add(new ForumEdition(entry.GetProperty("forum").GetString()!, entry.GetProperty("city").GetString()!, start, end));
        }
        return editions;
    }

    private static List<Organization> LoadOrganizations(List<(string, Named, bool)> names)
    {
        using var document = JsonDocument.Parse(GazetteerResources.Open("organizations"));
        var organizations = new List<Organization>();
        foreach (var entry in document.RootElement.GetProperty("organizations").EnumerateArray())
        {
            var organization = new Organization(entry.GetProperty("name").GetString()!, entry.GetProperty("country").GetString()!, entry.GetProperty("kind").GetString()!);
            organizations.Add(organization);
            foreach (var alias in Aliases(entry).Prepend(organization.Name))
            {
                names.Add((alias, organization, true));
            }
        }
        return organizations;
    }

    private static IEnumerable<string> Aliases(JsonElement entry) =>
        entry.TryGetProperty("aliases", out var aliases) ? aliases.EnumerateArray().Select(alias => alias.GetString()!) : [];
}
