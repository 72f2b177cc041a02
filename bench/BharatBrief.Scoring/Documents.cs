using System.Text.Json;

namespace BharatBrief.Scoring;

/// <summary>The parts of the export document (docs/export.md) the scorer reads; other fields are ignored.</summary>
public sealed record ExportDocument(IReadOnlyList<ExportSummit>? Summits, IReadOnlyList<ExportAgreement>? Agreements);

public sealed record ExportSummit(string? Slug, string? Kind, string? Status, string? Start, string? End, string? City, string? Country);

public sealed record ExportAgreement(string? Slug, string? Name, IReadOnlyList<string>? Aliases, string? Kind, string? Status);

/// <summary>The calendar the corpus generator writes with <c>--calendar</c> (bench/BharatBrief.Corpus/CalendarExport.cs).</summary>
public sealed record CalendarDocument(IReadOnlyList<CalendarMeeting>? Meetings, IReadOnlyList<CalendarAgreement>? Agreements);

/// <param name="Kind">The generator's enumeration name: AnnualSummit, StateVisit, InformalSummit, Multilateral, PhoneCall.</param>
/// <param name="Status">"held" or "cancelled".</param>
public sealed record CalendarMeeting(int Id, string Kind, string Status, DateOnly Start, DateOnly End, string? City, string? Country, string? Forum);

public sealed record CalendarAgreement(string Name, string? Acronym, string Kind, IReadOnlyList<CalendarStep>? Steps);

/// <param name="Status">The generator's enumeration name: Proposed, UnderNegotiation, Agreed, Signed, Ratified, InForce.</param>
public sealed record CalendarStep(string Status, DateOnly Date, int? Meeting);

public static class Documents
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static ExportDocument ReadExport(string path) => Read<ExportDocument>(path);

    public static CalendarDocument ReadCalendar(string path) => Read<CalendarDocument>(path);

    private static T Read<T>(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidDataException($"{path} holds no JSON document");
    }

    /// <summary>"AnnualSummit" → "annual-summit", "InForce" → "in-force": the generator's names as DOMAIN slugs.</summary>
    public static string Slug(string pascal)
    {
        var builder = new System.Text.StringBuilder(pascal.Length + 4);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('-');
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
