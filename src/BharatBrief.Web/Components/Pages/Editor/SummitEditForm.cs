using System.Globalization;
using BharatBrief.Data.Entities;
using BharatBrief.Data.Importing.Consolidating;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Web.Components.Pages.Editor;

/// <summary>A summit's correctable fields as the form posts them.</summary>
public sealed class SummitEditForm
{
    public string? Title { get; set; }
    public string? Kind { get; set; }
    public string? Status { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public string? Venue { get; set; }
    public string? Ordinal { get; set; }

    public static SummitEditForm From(Summit summit) => new()
    {
        Title = summit.Title,
        Kind = summit.Kind.ToSlug(),
        Status = summit.Status.ToSlug(),
        Start = summit.Start,
        End = summit.End,
        City = summit.City,
        Country = summit.Country,
        Venue = summit.Venue,
        Ordinal = summit.Ordinal?.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The fields whose posted value differs from the summit's, as <c>CorrectionService.EditSummitAsync</c> takes them.</summary>
    public Dictionary<string, string?> ChangesFrom(Summit summit)
    {
        var posted = new Dictionary<string, string?>
        {
            [SummitFields.Title] = Title, [SummitFields.Kind] = Kind, [SummitFields.Status] = Status,
            [SummitFields.Start] = Start, [SummitFields.End] = End, [SummitFields.City] = City,
            [SummitFields.Country] = Country, [SummitFields.Venue] = Venue, [SummitFields.Ordinal] = Ordinal,
        };
        return posted
            .Where(field => Blank(field.Value) != Blank(SummitFields.Read(summit, field.Key)))
            .ToDictionary(field => field.Key, field => Blank(field.Value));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
