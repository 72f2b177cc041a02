using BharatBrief.Data.Importing.Writing;

namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>Which theme rows a summit or agreement gets.</summary>
internal static class ThemeLinks
{
    /// <summary>The taxonomy slugs among <paramref name="themes"/>, each once, in order.</summary>
    public static IEnumerable<string> Wanted(IEnumerable<string> themes) =>
        themes.Where(KnownThemes.Contains).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
}
