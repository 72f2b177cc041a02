using System.Text.Json;
using System.Text.Json.Serialization;

namespace BharatBrief.Ingestion.Tests.Golden;

/// <summary>What a case article must yield: only the fields written down are checked.</summary>
public sealed record CaseExpectation(
    string? About,
    string? AsOf,
    IReadOnlyList<ExpectedSummit> Summits,
    IReadOnlyList<ExpectedAgreement> Agreements,
    IReadOnlyList<string>? ThemesTop,
    IReadOnlyList<string>? Figures)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static CaseExpectation Load(string path) =>
        JsonSerializer.Deserialize<CaseExpectation>(File.ReadAllText(path), Options) ?? throw new InvalidDataException(path);
}

public sealed record ExpectedSummit(
    string Kind,
    string Status,
    string? Start,
    string? End,
    string? City,
    string? Country,
    string? Venue,
    string? Forum,
    int? Ordinal,
    IReadOnlyList<string>? Participants);

/// <param name="Match">A word of the agreement's name or aliases that identifies it (case-insensitive).</param>
public sealed record ExpectedAgreement(string Match, string? Kind, string Status, string? Date)
{
    [JsonIgnore]
    public string Describe => $"agreement matching '{Match}'";
}
