using System.Text.RegularExpressions;
using BharatBrief.Ingestion.Dates;
using BharatBrief.Web.Formatting;

namespace BharatBrief.Web.Components.Pages.Summits;

/// <summary>
/// The disagreements a summit page shows: only where sources give different values for the same fact ("July 2024"
/// beside "8 July 2024" is the same date told more or less exactly), each value in words ("July 2024 (22nd summit)",
/// never "2024-07").
/// </summary>
public static partial class SummitConflicts
{
    public static IReadOnlyList<ConflictView> Real(IReadOnlyList<ConflictView> conflicts) =>
        [.. conflicts.Where(conflict => Disagrees(conflict.Claims.Select(claim => claim.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList()))];

    /// <summary>The value as a reader says it: every ISO date in it (a range "2024-07-08/2024-07-09" too) in words.</summary>
    public static string Readable(string value) =>
        IsoDate().Replace(value, match => DateDisplay.Format(match.Groups["start"].Value, match.Groups["end"].Success ? match.Groups["end"].Value : null));

    private static bool Disagrees(IReadOnlyList<string> values)
    {
        if (values.Count < 2)
        {
            return false;
        }
        // Dates that one covers the other, pairwise, are one date at two precisions.
        var dates = values.Select(value => PartialDate.TryParse(value.Trim(), out var date) ? date : (PartialDate?)null).ToList();
        if (dates.All(date => date is not null))
        {
            return dates.Any(a => dates.Any(b => !a!.Value.IsCompatibleWith(b!.Value)));
        }
        return true;
    }

    [GeneratedRegex(@"\b(?<start>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:/(?<end>\d{4}(?:-\d{2}(?:-\d{2})?)?))?\b")]
    private static partial Regex IsoDate();
}
