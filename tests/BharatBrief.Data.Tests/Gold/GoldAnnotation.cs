using System.Text.Json;

namespace BharatBrief.Data.Tests.Gold;

/// <summary>The reference annotation of the seed articles (seeds.gold.json), as the tests read it.</summary>
public sealed class GoldAnnotation
{
    private GoldAnnotation(JsonElement root)
    {
        Articles = root.GetProperty("articles").EnumerateArray().Select(article => new GoldArticle(
            article.GetProperty("file").GetString()!,
            article.GetProperty("as_of").ValueKind == JsonValueKind.Null ? null : article.GetProperty("as_of").GetString(),
            Strings(article, "themes_primary"))).ToArray();
        Summits = root.GetProperty("summits").EnumerateArray().Select(summit => new GoldSummit(
            summit.GetProperty("id").GetString()!,
            summit.GetProperty("kind").GetString()!,
            summit.GetProperty("status").GetString()!,
            OptionalString(summit, "start"),
            OptionalString(summit, "end"),
            OptionalString(summit, "city"),
            OptionalString(summit, "country"),
            OptionalString(summit, "venue"),
            summit.GetProperty("ordinal").ValueKind == JsonValueKind.Null ? null : summit.GetProperty("ordinal").GetInt32(),
            Strings(summit, "articles"),
            summit.TryGetProperty("optional", out var optional) && optional.GetBoolean(),
            OptionalString(summit, "note") ?? string.Empty)).ToArray();
        Agreements = root.GetProperty("agreements").EnumerateArray().Select(agreement => new GoldAgreement(
            agreement.GetProperty("id").GetString()!,
            Strings(agreement, "match_any"),
            agreement.GetProperty("kind").GetString()!,
            agreement.GetProperty("status").GetString()!,
            agreement.TryGetProperty("optional", out var optional) && optional.GetBoolean())).ToArray();
        Figures = root.GetProperty("figures").EnumerateArray().Select(figure => figure.GetProperty("value").GetString()!).ToArray();
        MustNotFiles = root.GetProperty("must_not").EnumerateArray().Select(item => item.GetProperty("file").GetString()!).ToArray();
    }

    public IReadOnlyList<GoldArticle> Articles { get; }

    public IReadOnlyList<GoldSummit> Summits { get; }

    public IReadOnlyList<GoldAgreement> Agreements { get; }

    public IReadOnlyList<string> Figures { get; }

    public IReadOnlyList<string> MustNotFiles { get; }

    public static GoldAnnotation Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gold", "seeds.gold.json")));
        return new GoldAnnotation(document.RootElement.Clone());
    }

    private static string? OptionalString(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IReadOnlyList<string> Strings(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(item => item.GetString()!).ToArray();
}

public sealed record GoldArticle(string File, string? AsOf, IReadOnlyList<string> PrimaryThemes);

public sealed record GoldSummit(
    string Id, string Kind, string Status, string? Start, string? End, string? City, string? Country, string? Venue,
    int? Ordinal, IReadOnlyList<string> Articles, bool Optional, string Note)
{
    /// <summary>The annotation's own allowance: "a system that only reaches 2024-07 is right at month precision".</summary>
    public bool AcceptsMonthPrecision => Note.Contains("right at month precision", StringComparison.OrdinalIgnoreCase);
}

public sealed record GoldAgreement(string Id, IReadOnlyList<string> MatchAny, string Kind, string Status, bool Optional);
