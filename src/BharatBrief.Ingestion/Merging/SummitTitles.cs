using System.Globalization;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Merging;

/// <summary>Reader-facing titles: "22nd India–Russia Annual Summit, Moscow", "BRICS Summit, Kazan", "Narendra Modi’s visit to Moscow".</summary>
public static class SummitTitles
{
    public static string For(SummitKind kind, int? ordinal, string? forum, string? city, string? country, string? start, IReadOnlyList<string> participants, string? visitor)
    {
        var place = city ?? country;
        var when = start is null ? null : start.Length >= 4 ? start[..4] : start;
        var pair = participants.Count >= 2 ? $"{Surname(participants[0])}–{Surname(participants[1])}" : "India–Russia";
        var title = kind switch
        {
            SummitKind.AnnualSummit when ordinal is { } number => $"{Ordinal(number)} India–Russia Annual Summit",
            SummitKind.AnnualSummit => "India–Russia Annual Summit",
            SummitKind.Multilateral => $"{forum ?? "Multilateral"} Summit",
            SummitKind.InformalSummit => $"{pair} informal summit",
            SummitKind.StateVisit when visitor is not null && place is not null => $"{visitor}’s visit to {place}",
            SummitKind.StateVisit => $"{pair} visit",
            SummitKind.PhoneCall => $"{pair} phone call",
            _ => $"{pair} meeting",
        };
        var placed = kind == SummitKind.StateVisit && visitor is not null && place is not null ? title : place is null ? title : $"{title}, {place}";
        return ordinal is null && when is not null ? $"{placed} ({when})" : placed;
    }

    public static string Ordinal(int number)
    {
        var suffix = (number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return number.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    private static string Surname(string name) => name.Split(' ')[^1];
}
