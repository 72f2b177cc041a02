using BharatBrief.Corpus.Writing;

namespace BharatBrief.Corpus.World;

/// <summary>Cities and forums of the phrasebook: where summits are hosted and where forums meet.</summary>
public sealed class Places
{
    private readonly Dictionary<string, List<(City City, int Weight)>> _summitCities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _forumCities = new(StringComparer.Ordinal);

    public Places(Phrasebook book)
    {
        foreach (var country in new[] { "India", "Russia" })
        {
            _summitCities[country] = [.. book.Rows($"city.{country.ToLowerInvariant()}").Select(row =>
                (new City(row[0], row[1], row[2].Split(';', StringSplitOptions.RemoveEmptyEntries)), int.Parse(row[3], System.Globalization.CultureInfo.InvariantCulture)))];
        }
        foreach (var row in book.Rows("forum.city"))
        {
            _forumCities[row[0]] = row[1].Split(';');
        }
        Forums = [.. book.Rows("forum").Select(row => (new Forum(row[0], row[1], int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture)), (IReadOnlyList<string>)row[3].Split(';')))];
    }

    public IReadOnlyList<(Forum Forum, IReadOnlyList<string> Hosts)> Forums { get; }

    public City Capital(string country) => _summitCities[country][0].City;

    public City SummitCity(string country, Random random)
    {
        var cities = _summitCities[country];
        var pick = random.Next(cities.Sum(city => city.Weight));
        foreach (var (city, weight) in cities)
        {
            if ((pick -= weight) < 0)
            {
                return city;
            }
        }
        return cities[0].City;
    }

    public City ForumCity(string country, Random random)
    {
        var names = _forumCities.GetValueOrDefault(country) ?? [country];
        return new City(names[random.Next(names.Length)], country, []);
    }
}
