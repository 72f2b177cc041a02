using BharatBrief.Data.Entities;
using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>The summit fields editors can correct, by the names overrides use.</summary>
public static class SummitFields
{
    public const string Title = "title";
    public const string Kind = "kind";
    public const string Status = "status";
    public const string Start = "start";
    public const string End = "end";
    public const string City = "city";
    public const string Country = "country";
    public const string Venue = "venue";
    public const string Ordinal = "ordinal";

    public static IReadOnlyList<string> All { get; } = [Title, Kind, Status, Start, End, City, Country, Venue, Ordinal];

    /// <summary>The field's value on a row, as overrides write it.</summary>
    public static string? Read(Summit row, string field) => field switch
    {
        Title => row.Title,
        Kind => row.Kind.ToSlug(),
        Status => row.Status.ToSlug(),
        Start => row.Start,
        End => row.End,
        City => row.City,
        Country => row.Country,
        Venue => row.Venue,
        Ordinal => row.Ordinal?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a summit field."),
    };

    /// <summary>Sets the fields given; values were validated when the override was made.</summary>
    public static void Apply(Summit row, IReadOnlyDictionary<string, string?> fields)
    {
        foreach (var (field, value) in fields)
        {
            switch (field)
            {
                case Title when !string.IsNullOrWhiteSpace(value):
                    row.Title = value;
                    break;
                case Kind when Slugs.TryParse(value, out SummitKind kind):
                    row.Kind = kind;
                    break;
                case Status when Slugs.TryParse(value, out SummitStatus status):
                    row.Status = status;
                    break;
                case Start:
                    var start = PartialDate.TryParse(value, out var date) ? date : (PartialDate?)null;
                    row.Start = start?.ToString();
                    row.StartsOn = start?.FirstDay;
                    row.Year = start?.Year;
                    break;
                case End:
                    row.End = PartialDate.TryParse(value, out var end) ? end.ToString() : null;
                    break;
                case City:
                    row.City = value;
                    break;
                case Country:
                    row.Country = value;
                    break;
                case Venue:
                    row.Venue = value;
                    break;
                case Ordinal:
                    row.Ordinal = int.TryParse(value, out var ordinal) ? ordinal : null;
                    row.OrdinalIsDerived = false;
                    break;
            }
        }
    }
}
