using System.Text.Json;

namespace BharatBrief.Ingestion.Extractors.Themes;

/// <summary>The fixed theme taxonomy, read once from the embedded <c>themes.json</c>.</summary>
public static class ThemeTaxonomy
{
    private static readonly Lazy<IReadOnlyList<ThemeDefinition>> Definitions = new(Load);

    public static IReadOnlyList<ThemeDefinition> All => Definitions.Value;

    public static ThemeDefinition? Find(string slug) => All.FirstOrDefault(theme => theme.Slug == slug);

    private static IReadOnlyList<ThemeDefinition> Load()
    {
        using var document = JsonDocument.Parse(Gazetteers.GazetteerResources.Open("themes"));
        return document.RootElement.GetProperty("themes").EnumerateArray()
            .Select(theme => new ThemeDefinition(
                theme.GetProperty("slug").GetString()!,
                theme.GetProperty("name").GetString()!,
                theme.GetProperty("about").GetString()!))
            .ToArray();
    }
}
