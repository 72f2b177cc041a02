using System.Globalization;

namespace BharatBrief.Scoring;

public enum DatePrecision
{
    Year,
    Month,
    Day,
}

/// <summary>An export date at the precision its evidence supports: "2024", "2024-07" or "2024-07-08".</summary>
public readonly record struct PartialDate(int Year, int Month, int Day, DatePrecision Precision)
{
    public static PartialDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || !parts.All(part => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return null;
        }
        var numbers = parts.Select(part => int.Parse(part, CultureInfo.InvariantCulture)).ToArray();
        var year = numbers[0];
        var month = numbers.Length > 1 ? numbers[1] : 1;
        var day = numbers.Length > 2 ? numbers[2] : 1;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        return new PartialDate(year, month, day, (DatePrecision)(numbers.Length - 1));
    }

    public DateOnly AsDay => new(Year, Month, Day);

    /// <summary>
    /// Whether a meeting from <paramref name="start"/> to <paramref name="end"/> fits this date: the same year, the
    /// same month (of its first or last day), or a day from the day before it starts to the day after it ends.
    /// </summary>
    public bool Fits(DateOnly start, DateOnly end, int dayTolerance) => Precision switch
    {
        DatePrecision.Year => Year == start.Year || Year == end.Year,
        DatePrecision.Month => (Year == start.Year && Month == start.Month) || (Year == end.Year && Month == end.Month),
        _ => AsDay >= start.AddDays(-dayTolerance) && AsDay <= end.AddDays(dayTolerance),
    };

    /// <summary>Days from the meeting to this date (0 inside it); for coarse dates, from the middle of their span.</summary>
    public int DistanceInDays(DateOnly start, DateOnly end)
    {
        var day = Precision switch
        {
            DatePrecision.Year => new DateOnly(Year, 7, 1),
            DatePrecision.Month => new DateOnly(Year, Month, 15),
            _ => AsDay,
        };
        return day < start ? start.DayNumber - day.DayNumber : day > end ? day.DayNumber - end.DayNumber : 0;
    }
}
