using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Formatting;

namespace BharatBrief.Web.Components.Pages.Summits;

/// <summary>
/// The answer a summit page opens with, in words made from the record alone: who met, when, where, which summit it
/// was, and what was signed or announced there.
/// </summary>
public static class SummitSummary
{
    private const int AgreementsNamed = 3;

    /// <summary>"Narendra Modi and Vladimir Putin met in Moscow in July 2024 for the 22nd annual India–Russia summit."</summary>
    public static string Meeting(SummitDetail summit)
    {
        var who = Who(summit.Participants);
        var what = (summit.Status, summit.Kind) switch
        {
            (SummitStatus.Held, SummitKind.PhoneCall) => "spoke by telephone",
            (SummitStatus.Held, _) => "met",
            (SummitStatus.Planned, SummitKind.PhoneCall) => "are to speak by telephone",
            (SummitStatus.Planned, _) => "are to meet",
            (_, SummitKind.PhoneCall) => "were to speak by telephone",
            _ => "were to meet",
        };
        var sentence = $"{who} {what}{Where(summit)}{When(summit.Start, summit.End)}{Which(summit)}";
        return summit.Status == SummitStatus.Cancelled ? $"{sentence}; the meeting was cancelled." : $"{sentence}.";
    }

    /// <summary>"2 agreements were signed or announced there: A (signed) and B (announced)."</summary>
    public static string Agreements(IReadOnlyList<AgreementAtSummit> agreements)
    {
        if (agreements.Count == 0)
        {
            return "No source names an agreement signed or announced there.";
        }
        var named = agreements.Take(AgreementsNamed).Select(a => $"{a.Name} ({Labels.Of(a.Status).ToLowerInvariant()})").ToList();
        if (agreements.Count > AgreementsNamed)
        {
            named.Add(Labels.Count(agreements.Count - AgreementsNamed, "other", "others"));
        }
        var verb = agreements.Count == 1 ? "was" : "were";
        return $"{Labels.Count(agreements.Count, "agreement", "agreements")} {verb} signed or announced there: {Join(named)}.";
    }

    private static string Who(IReadOnlyList<string> participants) => participants.Count switch
    {
        0 => "The leaders of India and Russia",
        1 => $"{participants[0]} and the other side’s leader",
        _ => Join(participants),
    };

    /// <summary>The city alone reads best in a sentence ("in Moscow"); the facts below give the country too.</summary>
    private static string Where(SummitDetail summit) =>
        summit.City is { } city ? $" in {city}"
        : summit.Country is { } country ? $" in {country}"
        : "";

    /// <summary>"on 8 July 2024", "on 4–5 December 2025", "in July 2024", "in 2021"; nothing when the date is not known.</summary>
    private static string When(string? start, string? end)
    {
        if (!PartialDate.TryParse(start, out var from))
        {
            return "";
        }
        var onDays = from.Precision == DatePrecision.Day && (end is null || (PartialDate.TryParse(end, out var to) && to.Precision == DatePrecision.Day));
        return $" {(onDays ? "on" : "in")} {DateDisplay.Format(start, end)}";
    }

    private static string Which(SummitDetail summit) => summit.Kind switch
    {
        SummitKind.AnnualSummit when summit.Ordinal is int ordinal =>
            $" for the {Labels.Ordinal(ordinal)} annual India–Russia summit{(summit.OrdinalIsDerived ? " (numbered by inference from neighbouring summits)" : "")}",
        SummitKind.AnnualSummit => " for an annual India–Russia summit",
        SummitKind.Multilateral when summit.Forum is { } forum => $" at the {forum} summit",
        SummitKind.StateVisit => " on a state visit",
        SummitKind.InformalSummit => " for an informal summit",
        _ => "",
    };

    private static string Join(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";
}
