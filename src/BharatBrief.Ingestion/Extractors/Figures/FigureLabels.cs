using BharatBrief.Ingestion.Gazetteers;

namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>
/// Whether a figure's label tells a reader what it measures. "India's crude imports from Russia" does; "amount", "cent",
/// "adds" or "far from the goal" do not, and a figure about other countries' affairs ("Indian exports to the United
/// States") is not one the record should lead with.
/// </summary>
public static class FigureLabels
{
    private static readonly HashSet<string> Vague = new(StringComparer.OrdinalIgnoreCase)
    {
        "amount", "amounts", "cent", "per cent", "percent", "line", "times", "share", "deal", "deals", "transaction", "value",
        "figure", "total", "sum", "price", "cost", "adds", "add", "rise", "rises", "increase", "growth", "level", "number",
        "crude", "goal", "target", "aim", "worth", "estimate", "about", "around", "nearly", "over", "some",
    };

    private static readonly string[] VagueOpenings = ["far from", "more than", "less than", "up to", "as much as", "about ", "around "];

    public static bool IsReadable(string what)
    {
        var label = what.Trim();
        return label.Length >= 4 && label.Any(char.IsLetter) && !Vague.Contains(label)
            && !VagueOpenings.Any(opening => label.StartsWith(opening, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>False when the label names a country other than India and Russia.</summary>
    public static bool IsAboutIndiaAndRussia(string what, Gazetteer gazetteer)
    {
        foreach (var country in gazetteer.Countries)
        {
            if (country.Name is not ("India" or "Russia") && what.Contains(country.Name, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A figure the home page may lead with.</summary>
    public static bool MayLead(string what, Gazetteer gazetteer) => IsReadable(what) && IsAboutIndiaAndRussia(what, gazetteer);
}
