namespace BharatBrief.Ingestion.Gazetteers;

/// <summary>Something the gazetteer knows by name.</summary>
public abstract record Named(string Name);

/// <summary>A person; heads of state or government are the people whose meetings are summits.</summary>
/// <param name="Terms">The years the person held the role that makes them a head (end null while in office).</param>
public sealed record Person(string Name, string Country, string Role, bool IsHead, IReadOnlyList<(int From, int? To)> Terms) : Named(Name)
{
    public bool HeldOfficeIn(int year) => Terms.Any(term => term.From <= year && (term.To is null || year <= term.To));
}

public sealed record Country(string Name) : Named(Name);

/// <summary>"Indian", "Russians": says which side a person or thing is on, never where a meeting is.</summary>
public sealed record CountryAdjective(Country Country) : Named(Country.Name);

public sealed record City(string Name, string Country) : Named(Name);

public sealed record Venue(string Name, string City, string Country) : Named(Name);

public sealed record Forum(string Name, bool IsSummitName) : Named(Name);

public sealed record Organization(string Name, string Country, string Kind) : Named(Name);

/// <summary>An office named without its holder ("the Russian President"): the holder depends on the year.</summary>
public sealed record RoleTitle(string Country, string Role, IReadOnlyList<Person> Holders) : Named($"{Country} {Role}")
{
    public Person? HolderIn(int? year) =>
        (year is { } y ? Holders.FirstOrDefault(person => person.HeldOfficeIn(y)) : null)
        ?? Holders.OrderByDescending(person => person.Terms.Max(term => term.To ?? int.MaxValue)).FirstOrDefault();
}

/// <summary>One leaders' summit of a forum: "the SCO summit in Tianjin", 31 August – 1 September 2025.</summary>
public sealed record ForumEdition(string Forum, string City, DateOnly Start, DateOnly End);
