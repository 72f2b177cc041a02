using System.Text;
using BharatBrief.Data.Entities;

namespace BharatBrief.Data.Export;

/// <summary>Groups the figures of all articles that state the same value about the same thing, so readers can compare claims.</summary>
internal static class FigureGroups
{
    public static IReadOnlyList<ExportFigure> Of(
        IEnumerable<(int ArticleId, string What, string Value, StoredEvidence Evidence)> figures, IReadOnlyDictionary<int, string> slugOf) =>
        figures
            .GroupBy(figure => (What: Normalise(figure.What), Value: Normalise(figure.Value)))
            .Select(group => new ExportFigure(
                group.First().What,
                group.First().Value,
                [.. group.Select(figure => new ExportSource(slugOf[figure.ArticleId], figure.Evidence.Quote)).Distinct()]))
            .OrderBy(figure => figure.What, StringComparer.OrdinalIgnoreCase)
            .ThenBy(figure => figure.Value, StringComparer.OrdinalIgnoreCase)
            .ToArray();

    /// <summary>Lower case, single spaces, no surrounding punctuation: "Bilateral  trade." and "bilateral trade" are one thing.</summary>
    public static string Normalise(string text)
    {
        var normal = new StringBuilder(text.Length);
        foreach (var c in text.Trim().Trim('.', ',', ';', ':', '"', '\'', '“', '”'))
        {
            if (char.IsWhiteSpace(c))
            {
                if (normal.Length > 0 && normal[^1] != ' ')
                {
                    normal.Append(' ');
                }
            }
            else
            {
                normal.Append(char.ToLowerInvariant(c));
            }
        }
        return normal.ToString();
    }
}
