using System.Globalization;
using BharatBrief.Scoring;

// Scores the summits and agreements of an export against the calendar the corpus was generated from:
//   dotnet run -c Release --project bench/BharatBrief.Scoring -- --export <export.json> --calendar <calendar.json> [--list]
// The rules are those of SummitScorer and AgreementScorer, documented in docs/benchmarks.md.
const string Usage = "usage: BharatBrief.Scoring --export <export.json> --calendar <calendar.json> [--list]";
string? exportPath = null, calendarPath = null;
var list = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--export" when i + 1 < args.Length: exportPath = args[++i]; break;
        case "--calendar" when i + 1 < args.Length: calendarPath = args[++i]; break;
        case "--list": list = true; break;
        default: Console.Error.WriteLine(Usage); return 2;
    }
}
if (exportPath is null || calendarPath is null)
{
    Console.Error.WriteLine(Usage);
    return 2;
}
foreach (var path in new[] { exportPath, calendarPath })
{
    if (!File.Exists(path))
    {
        Console.Error.WriteLine($"no such file: {path}");
        return 1;
    }
}

var export = Documents.ReadExport(exportPath);
var calendar = Documents.ReadCalendar(calendarPath);
var summits = SummitScorer.Score(export.Summits ?? [], calendar.Meetings ?? []);
var strict = SummitScorer.Score(export.Summits ?? [], calendar.Meetings ?? [], dayPrecisionOnly: true);
var agreements = AgreementScorer.Score(export.Agreements ?? [], calendar.Agreements ?? []);
var c = CultureInfo.InvariantCulture;

Console.WriteLine($"Summits: {summits.Summits:N0} in the store, {summits.Meetings:N0} meetings in the calendar");
Console.WriteLine(string.Format(c, "  precision {0:F2} ({1:N0} matched one to one / {2:N0} summits; {3:F2} of the {4:N0} dated)", summits.Precision, summits.Matched, summits.Summits, summits.DatedPrecision, summits.Summits - summits.Undated - summits.UnreadableDate));
Console.WriteLine(string.Format(c, "  recall    {0:F2} ({1:N0} / {2:N0} meetings)", summits.Recall, summits.Matched, summits.Meetings));
Console.WriteLine(string.Format(c, "  strict (only summits dated to the day, ±{0} day): precision {1:F2}, recall {2:F2} ({3:N0} matched)", SummitScorer.DayTolerance, strict.Precision, strict.Recall, strict.Matched));
Console.WriteLine($"  fit some meeting (not one to one): {summits.FitAny:N0}; of the matched, same kind {summits.KindAgrees:N0}, same status {summits.StatusAgrees:N0}");
Console.WriteLine($"  undated {summits.Undated:N0}; unreadable date {summits.UnreadableDate:N0}; outside {summits.FirstYear}–{summits.LastYear}: {summits.OutsideYears:N0}");
Console.WriteLine($"  dated to the day {summits.StoreByPrecision.GetValueOrDefault(DatePrecision.Day):N0}, to the month {summits.StoreByPrecision.GetValueOrDefault(DatePrecision.Month):N0}, to the year {summits.StoreByPrecision.GetValueOrDefault(DatePrecision.Year):N0}");
Console.WriteLine("  by kind         store   truth  matched");
foreach (var kind in summits.StoreByKind.Keys.Union(summits.TruthByKind.Keys).Order(StringComparer.Ordinal))
{
    Console.WriteLine($"  {kind,-15} {summits.StoreByKind.GetValueOrDefault(kind),5:N0} {summits.TruthByKind.GetValueOrDefault(kind),7:N0} {summits.MatchedByTruthKind.GetValueOrDefault(kind),8:N0}");
}

Console.WriteLine($"Agreements: {agreements.Agreements:N0} in the store, {agreements.Truth:N0} in the calendar");
Console.WriteLine(string.Format(c, "  precision {0:F2} ({1:N0} / {2:N0}); recall {3:F2} ({1:N0} / {4:N0})", agreements.Precision, agreements.Matched, agreements.Agreements, agreements.Recall, agreements.Truth));
Console.WriteLine($"  fit some agreement (not one to one): {agreements.FitAny:N0}; of the matched, same kind {agreements.KindAgrees:N0}, same status as the calendar's last step {agreements.StatusAgrees:N0}");
Console.WriteLine("  by kind         store   truth");
foreach (var kind in agreements.StoreByKind.Keys.Union(agreements.TruthByKind.Keys).Order(StringComparer.Ordinal))
{
    Console.WriteLine($"  {kind,-15} {agreements.StoreByKind.GetValueOrDefault(kind),5:N0} {agreements.TruthByKind.GetValueOrDefault(kind),7:N0}");
}
if (list)
{
    Console.WriteLine("Summits in the store that stand for no meeting:");
    foreach (var summit in summits.Unmatched)
    {
        Console.WriteLine($"    {summit.Start ?? "undated"} {summit.Kind} {summit.Status} {summit.City ?? summit.Country ?? "-"} ({summit.Slug})");
    }
    Console.WriteLine("Meetings in the calendar no summit stands for:");
    foreach (var meeting in summits.Missed)
    {
        Console.WriteLine($"    {meeting.Start:yyyy-MM-dd} {meeting.Kind} {meeting.Status} {meeting.City ?? meeting.Country ?? "-"} {meeting.Forum}");
    }
    Console.WriteLine("Agreements in the store, not in the calendar:");
    foreach (var name in agreements.Unmatched)
    {
        Console.WriteLine($"    {name}");
    }
    Console.WriteLine("  in the calendar, not in the store:");
    foreach (var name in agreements.Missed)
    {
        Console.WriteLine($"    {name}");
    }
}
return 0;
