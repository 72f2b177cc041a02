using BharatBrief.Corpus.Writing;

namespace BharatBrief.Corpus.World;

/// <summary>Who held which office when (phrasebook sections <c>office.*</c>: from|to|full name|surname|title|country).</summary>
public sealed class Offices(Phrasebook phrasebook)
{
    private readonly Dictionary<string, (DateOnly From, DateOnly To, Person Person)[]> _terms = new(StringComparer.Ordinal);

    public Person On(string office, DateOnly date)
    {
        if (!_terms.TryGetValue(office, out var terms))
        {
            _terms[office] = terms = [.. phrasebook.Rows($"office.{office}").Select(Read)];
        }
        foreach (var (from, to, person) in terms)
        {
            if (date >= from && date < to)
            {
                return person;
            }
        }
        return terms[^1].Person;
    }

    private static (DateOnly, DateOnly, Person) Read(string[] row) =>
        (DateOnly.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture),
         row[1].Length == 0 ? DateOnly.MaxValue : DateOnly.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture),
         new Person(row[2], row[3], row[4], row[5]));
}
