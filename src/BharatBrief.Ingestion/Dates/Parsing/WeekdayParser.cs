namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>"Monday", "Monday’s meeting"; before a full date ("Monday, July 8, 2024") the date is what counts.</summary>
internal static class WeekdayParser
{
    public static bool TryRead(in TokenStream s, int index, out Reading reading)
    {
        reading = default;
        if (!s.Is(index, Lexeme.Weekday))
        {
            return false;
        }
        var dateAt = index + 1 + (s.IsSymbol(index + 1, ',') ? 1 : 0);
        if (RangeParser.TryRead(s, dateAt, RangeConnectors.Plain, MonthLicence.None, requireRange: false, out var date)
            && date.Expression is AbsoluteDate { Start.Day: not null } or YearlessDate { Day: not null })
        {
            reading = date;
            return true;
        }
        reading = new Reading(index + 1, new WeekdayDate((DayOfWeek)s[index].Value));
        return true;
    }
}
