using System.Text.Json;
using Xunit.Sdk;

namespace BharatBrief.Data.Tests.Gold;

/// <summary>
/// The seeds through the command line into SQLite, the export compared with the reference annotation: every
/// non-optional summit once, at its precision and place, with its ordinal and status; no summit from the Kyiv visit;
/// every non-optional agreement with its status; each article's primary themes among its top themes.
/// </summary>
public sealed class SeedGoldTests(SeedExport export) : IClassFixture<SeedExport>
{
    private static readonly GoldAnnotation Gold = GoldAnnotation.Load();

    public static TheoryData<string> RequiredSummits() => [.. Gold.Summits.Where(summit => !summit.Optional).Select(summit => summit.Id)];

    public static TheoryData<string> RequiredAgreements() => [.. Gold.Agreements.Where(agreement => !agreement.Optional).Select(agreement => agreement.Id)];

    public static TheoryData<string> ArticleFiles() => [.. Gold.Articles.Select(article => article.File)];

    [Theory]
    [MemberData(nameof(RequiredSummits))]
    public void Summit_is_found_exactly_once_as_annotated(string id)
    {
        var gold = Gold.Summits.Single(summit => summit.Id == id);
        var candidates = export.Summits.Where(summit => IsSameMeeting(gold, summit)).ToList();
        if (candidates.Count != 1)
        {
            throw new XunitException($"{id}: expected one summit, found {candidates.Count} among:\n{Describe(export.Summits)}");
        }
        var found = candidates[0];
        Assert.Equal(gold.Kind, Text(found, "kind"));
        Assert.Equal(gold.Status, Text(found, "status"));
        Assert.Equal(gold.Ordinal, found.GetProperty("ordinal").ValueKind == JsonValueKind.Null ? null : found.GetProperty("ordinal").GetInt32());
        Assert.Equal(gold.City, Text(found, "city"));
        Assert.Equal(gold.Country, Text(found, "country"));
        if (gold.Venue is not null)
        {
            Assert.Equal(gold.Venue, Text(found, "venue"));
        }
        Assert.Contains(Text(found, "start"), AcceptedStarts(gold));
        var sources = found.GetProperty("sources").EnumerateArray().Select(source => source.GetProperty("article").GetString()).ToHashSet();
        Assert.All(gold.Articles, file => Assert.Contains(export.SlugOf(file), sources));
    }

    [Fact]
    public void No_summit_is_made_of_a_visit_to_a_third_country()
    {
        Assert.DoesNotContain(export.Summits, summit => Text(summit, "country") is not (null or "India" or "Russia") && Text(summit, "kind") != "multilateral");
        Assert.DoesNotContain(export.Summits, summit => Text(summit, "city") == "Kyiv");
    }

    [Fact]
    public void The_disputed_last_summit_keeps_both_claims()
    {
        var disputed = export.Summits.Single(summit => Text(summit, "start") == "2021");
        var conflict = Assert.Single(disputed.GetProperty("conflicts").EnumerateArray());
        var claims = conflict.GetProperty("claims").EnumerateArray().Select(claim => claim.GetProperty("article").GetString()).ToHashSet();
        Assert.Contains(export.SlugOf("003_82b28d731f843d0d.txt"), claims);
        Assert.Contains(export.SlugOf("002_b565e2e97172eb5b.txt"), claims);
    }

    [Theory]
    [MemberData(nameof(RequiredAgreements))]
    public void Agreement_is_found_with_its_status(string id)
    {
        var gold = Gold.Agreements.Single(agreement => agreement.Id == id);
        var found = export.Agreements.Where(agreement => Names(agreement).Any(name =>
            gold.MatchAny.Any(token => name.Contains(token, StringComparison.OrdinalIgnoreCase)))).ToList();
        var agreement = Assert.Single(found);
        Assert.Equal(gold.Status, Text(agreement, "status"));
        Assert.Equal(gold.Kind, Text(agreement, "kind"));
    }

    [Theory]
    [MemberData(nameof(ArticleFiles))]
    public void Article_primary_themes_rank_among_its_top_themes(string file)
    {
        var gold = Gold.Articles.Single(article => article.File == file);
        var ranked = export.ArticleFrom(file).GetProperty("themes").EnumerateArray().Select(theme => theme.GetProperty("slug").GetString()).ToList();
        var top = ranked.Take(gold.PrimaryThemes.Count + 2).ToList();
        Assert.All(gold.PrimaryThemes, theme => Assert.Contains(theme, top));
    }

    [Theory]
    [MemberData(nameof(ArticleFiles))]
    public void Article_as_of_date_is_the_annotated_one(string file)
    {
        var gold = Gold.Articles.Single(article => article.File == file);
        Assert.Equal(gold.AsOf, Text(export.ArticleFrom(file), "asOf"));
    }

    [Fact]
    public void Annotated_figures_are_found()
    {
        var values = export.Root.GetProperty("figures").EnumerateArray().Select(figure => figure.GetProperty("value").GetString()).ToHashSet();
        Assert.All(Gold.Figures, value => Assert.Contains(value, values));
    }

    private static bool IsSameMeeting(GoldSummit gold, JsonElement summit)
    {
        var start = Text(summit, "start");
        var datesAgree = (gold.Start is null && start is null)
            || (gold.Start is not null && start is not null && (gold.Start.StartsWith(start, StringComparison.Ordinal) || start.StartsWith(gold.Start, StringComparison.Ordinal)));
        return datesAgree && (gold.City is null || gold.City == Text(summit, "city")) && SameKindClass(gold.Kind, Text(summit, "kind"));
    }

    private static bool SameKindClass(string a, string? b) => ClassOf(a) == ClassOf(b);

    private static int ClassOf(string? kind) => kind switch { "phone-call" => 1, "multilateral" => 2, _ => 0 };

    private static IEnumerable<string?> AcceptedStarts(GoldSummit gold) =>
        gold.AcceptsMonthPrecision && gold.Start is { Length: 10 } day ? [gold.Start, day[..7]] : [gold.Start];

    private static IEnumerable<string> Names(JsonElement agreement) =>
        agreement.GetProperty("aliases").EnumerateArray().Select(alias => alias.GetString()!).Append(Text(agreement, "name")!);

    private static string? Text(JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null ? null : element.GetProperty(property).GetString();

    private static string Describe(IEnumerable<JsonElement> summits) =>
        string.Join("\n", summits.Select(summit => $"  {Text(summit, "slug")}: {Text(summit, "kind")} {Text(summit, "status")} {Text(summit, "start")} {Text(summit, "city")}"));
}
