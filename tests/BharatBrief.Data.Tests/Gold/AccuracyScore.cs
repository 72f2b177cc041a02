using System.Text.Json;
using System.Text.RegularExpressions;

namespace BharatBrief.Data.Tests.Gold;

/// <summary>
/// Scores an export against a reference annotation, by the rules of the project's evaluation: a gold summit is matched
/// by the first unused prediction that cites one of its files, with a compatible start (same year; same month where both
/// give one; within a day where both give one) and a compatible city (one contains the other); an agreement by the
/// first prediction whose name or aliases contain one of its tokens; themes by recall of the primary themes among the
/// top k. Optional gold items are neither rewarded nor penalised.
/// </summary>
public sealed partial record AccuracyScore(double SummitF1, double AgreementF1, double ThemeRecall, IReadOnlyList<string> Misses)
{
    public static AccuracyScore Of(JsonElement export, JsonElement gold)
    {
        var files = gold.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("file").GetString()!).ToHashSet();
        var fileOfSlug = export.GetProperty("articles").EnumerateArray()
            .ToDictionary(a => a.GetProperty("slug").GetString()!, a => Path.GetFileName(a.GetProperty("source").GetString() ?? ""));
        HashSet<string> Cited(JsonElement item) =>
            [.. item.GetProperty("sources").EnumerateArray().Select(s => fileOfSlug.GetValueOrDefault(s.GetProperty("article").GetString()!, "")).Where(files.Contains)];
        var misses = new List<string>();

        var predictions = export.GetProperty("summits").EnumerateArray().Where(s => Cited(s).Count > 0).ToList();
        var used = new Dictionary<int, bool>();
        int truePositives = 0, needed = 0;
        foreach (var g in gold.GetProperty("summits").EnumerateArray())
        {
            var optional = g.TryGetProperty("optional", out var o) && o.GetBoolean();
            needed += optional ? 0 : 1;
            var goldDate = Date(g, "start");
            var goldFiles = g.GetProperty("articles").EnumerateArray().Select(a => a.GetString()!).ToHashSet();
            var match = -1;
            for (var i = 0; i < predictions.Count && match < 0; i++)
            {
                var p = predictions[i];
                if (used.ContainsKey(i) || !Cited(p).Overlaps(goldFiles))
                {
                    continue;
                }
                var predictedDate = Date(p, "start");
                if (goldDate is null ? predictedDate is null : Compatible(goldDate, predictedDate) && CityCompatible(Text(g, "city"), Text(p, "city")))
                {
                    match = i;
                }
            }
            if (match < 0)
            {
                if (!optional)
                {
                    misses.Add($"missed summit {g.GetProperty("id").GetString()}");
                }
                continue;
            }
            used[match] = optional;
            truePositives += optional ? 0 : 1;
        }
        var judged = predictions.Count - used.Count(pair => pair.Value);
        misses.AddRange(predictions.Where((p, i) => !used.ContainsKey(i)).Select(p => $"extra summit {p.GetProperty("slug").GetString()}"));
        var summitF1 = F1(judged == 0 ? 0 : (double)truePositives / judged, needed == 0 ? 1 : (double)truePositives / needed);

        var agreements = export.GetProperty("agreements").EnumerateArray().Where(a => Cited(a).Count > 0).ToList();
        var matched = new HashSet<int>();
        var optionalMatches = new HashSet<int>();
        int agreementHits = 0, agreementsNeeded = 0;
        foreach (var g in gold.GetProperty("agreements").EnumerateArray())
        {
            var tokens = g.GetProperty("match_any").EnumerateArray().Select(t => Norm(t.GetString())).ToList();
            var found = Enumerable.Range(0, agreements.Count).Where(i => Names(agreements[i]).Any(name => tokens.Any(name.Contains))).ToList();
            if (g.TryGetProperty("optional", out var o) && o.GetBoolean())
            {
                optionalMatches.UnionWith(found);
                continue;
            }
            agreementsNeeded++;
            if (found.Count == 0)
            {
                misses.Add($"missed agreement {g.GetProperty("id").GetString()}");
                continue;
            }
            agreementHits++;
            matched.Add(found[0]);
        }
        var agreementsJudged = Enumerable.Range(0, agreements.Count).Count(i => !optionalMatches.Contains(i) || matched.Contains(i));
        var agreementF1 = F1(agreementsJudged == 0 ? 0 : (double)agreementHits / agreementsJudged,
            agreementsNeeded == 0 ? 1 : (double)agreementHits / agreementsNeeded);

        var themesByFile = export.GetProperty("articles").EnumerateArray().ToDictionary(
            a => Path.GetFileName(a.GetProperty("source").GetString() ?? ""),
            a => a.GetProperty("themes").EnumerateArray().OrderByDescending(t => t.GetProperty("weight").GetDouble()).Select(t => t.GetProperty("slug").GetString()!).ToList());
        int themeHits = 0, themesNeeded = 0;
        foreach (var article in gold.GetProperty("articles").EnumerateArray())
        {
            var primary = article.GetProperty("themes_primary").EnumerateArray().Select(t => t.GetString()!).ToList();
            themesNeeded += primary.Count;
            if (themesByFile.TryGetValue(article.GetProperty("file").GetString()!, out var ranked))
            {
                themeHits += ranked.Take(primary.Count).Intersect(primary).Count();
            }
        }
        return new AccuracyScore(summitF1, agreementF1, themesNeeded == 0 ? 0 : (double)themeHits / themesNeeded, misses);
    }

    public override string ToString() =>
        $"summit F1 {SummitF1:0.00}, agreement F1 {AgreementF1:0.00}, theme recall@k {ThemeRecall:0.00}\n{string.Join("\n", Misses)}";

    private static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    private static IEnumerable<string> Names(JsonElement agreement) =>
        agreement.GetProperty("aliases").EnumerateArray().Select(alias => Norm(alias.GetString())).Prepend(Norm(agreement.GetProperty("name").GetString()));

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int?[]? Date(JsonElement element, string property) =>
        Text(element, property) is { } text && DatePattern().Match(text) is { Success: true } match
            ? [int.Parse(match.Groups[1].Value), Part(match.Groups[2]), Part(match.Groups[3])]
            : null;

    private static int? Part(Group group) => group.Success ? int.Parse(group.Value) : null;

    private static bool Compatible(int?[] gold, int?[]? predicted)
    {
        if (predicted is null || gold[0] != predicted[0] || (gold[1] is not null && predicted[1] is not null && gold[1] != predicted[1]))
        {
            return false;
        }
        return gold[2] is null || predicted[2] is null || gold[1] is null || predicted[1] is null
            || Math.Abs(new DateOnly(gold[0]!.Value, gold[1]!.Value, gold[2]!.Value).DayNumber - new DateOnly(predicted[0]!.Value, predicted[1]!.Value, predicted[2]!.Value).DayNumber) <= 1;
    }

    private static bool CityCompatible(string? gold, string? predicted)
    {
        if (string.IsNullOrEmpty(gold) || string.IsNullOrEmpty(predicted))
        {
            return true;
        }
        var (g, p) = (Norm(gold), Norm(predicted));
        return g.Contains(p, StringComparison.Ordinal) || p.Contains(g, StringComparison.Ordinal);
    }

    private static string Norm(string? text) =>
        Spaces().Replace(Dashes().Replace((text ?? "").ToLowerInvariant(), "-"), " ").Trim();

    [GeneratedRegex(@"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")]
    private static partial Regex DatePattern();

    [GeneratedRegex("[\u2010-\u2015\u2212]")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
