using BharatBrief.Ingestion;
using BharatBrief.Ingestion.Merging;

namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>The slugs consolidated items get when first stored: "moscow-2024-07", "new-delhi-2025-12-04", "relos".</summary>
internal static class NaturalSlugs
{
    private const string UndatedSuffix = "-undated";

    /// <summary>The city (or forum, or "summit") and the start date at its precision, or "undated".</summary>
    public static string For(MergedSummit summit)
    {
        var place = Slugifier.Slugify(summit.City ?? summit.Forum ?? "");
        if (place.Length == 0)
        {
            place = "summit";
        }
        return summit.Start is { } start ? $"{place}-{start}" : place + UndatedSuffix;
    }

    /// <summary>The shortest acronym among the aliases ("RELOS" gives "relos"), else the name.</summary>
    public static string For(MergedAgreement agreement)
    {
        var acronym = agreement.Aliases.Where(IsAcronym).OrderBy(alias => alias.Length).ThenBy(alias => alias, StringComparer.Ordinal).FirstOrDefault();
        var slug = Slugifier.Slugify(acronym ?? agreement.Name);
        return slug.Length > 0 ? slug : "agreement";
    }

    public static bool IsUndated(string slug) => slug.EndsWith(UndatedSuffix, StringComparison.Ordinal);

    /// <summary>"RELOS", "S-400", "INSTC": one word, at least two letters, no lower-case letter.</summary>
    private static bool IsAcronym(string alias) =>
        alias.Length is >= 2 and <= 16
        && !alias.Any(char.IsWhiteSpace)
        && alias.Count(char.IsLetter) >= 2
        && !alias.Any(char.IsLower);
}
