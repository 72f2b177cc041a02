using System.Collections.Frozen;
using BharatBrief.Ingestion.Extractors.Themes;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>The taxonomy's slugs: theme rows reference the Themes table, so a slug outside it is dropped, not stored.</summary>
internal static class KnownThemes
{
    private static readonly FrozenSet<string> Slugs = ThemeTaxonomy.All.Select(theme => theme.Slug).ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string slug) => Slugs.Contains(slug);
}
