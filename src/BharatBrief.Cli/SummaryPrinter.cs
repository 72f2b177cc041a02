using System.Globalization;
using BharatBrief.Data.Importing;

namespace BharatBrief.Cli;

/// <summary>The end-of-run summary: what was read and done, what was skipped and why, what the store holds.</summary>
internal static class SummaryPrinter
{
    private const int NamesPerReason = 10;

    public static void Print(IngestReport report, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Read {report.Read} files in {report.Duration.TotalSeconds:0.0} s: ") +
            $"{report.Ingested} ingested, {report.Updated} updated, {report.Unchanged} unchanged, {report.Skipped.Count} skipped.");
        if (report.Skipped.Count > 0)
        {
            output.WriteLine("Skipped:");
            foreach (var group in report.Skipped.GroupBy(skip => skip.Reason).OrderByDescending(group => group.Count()))
            {
                var names = group.Select(skip => skip.File).ToArray();
                var more = names.Length > NamesPerReason ? $" and {names.Length - NamesPerReason} more" : "";
                output.WriteLine($"  {group.Key} ({names.Length}): {string.Join(", ", names.Take(NamesPerReason))}{more}");
            }
        }
        if (report.Warnings.Count > 0)
        {
            output.WriteLine("Warnings:");
            foreach (var warning in report.Warnings)
            {
                output.WriteLine($"  {warning.File}: {warning.Message}");
            }
        }
        output.WriteLine(
            $"Store: {Count(report.Summits, "summit")}, {Count(report.Agreements, "agreement")}, {Count(report.ThemesUsed, "theme")}, " +
            $"{Count(report.Figures, "figure")}, {Count(report.Conflicts, "conflict")}.");
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
