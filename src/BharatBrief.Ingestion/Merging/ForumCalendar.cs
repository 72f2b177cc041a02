using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Merging;

/// <summary>Dates a meeting takes from the gazetteer of forum summits, told apart from dates the text gives.</summary>
public static class ForumCalendar
{
    private const string Prefix = "the calendar of the ";

    public static MentionDate DateOf(string forum, string city, DateRange range) =>
        new($"{Prefix}{forum} summit in {city}", TimeOrientation.Past, range, DependsOnAsOf: false);

    public static bool IsCalendarDate(MentionDate? date) => date is not null && date.Text.StartsWith(Prefix, StringComparison.Ordinal);
}
