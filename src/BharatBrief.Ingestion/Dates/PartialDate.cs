using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace BharatBrief.Ingestion.Dates;

/// <summary>
/// A calendar date known to a year, a month or a day, and never more: "2024", "2024-07" or "2024-07-08".
/// Ordering compares the first day each value covers, then the coarser value first.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int? month, int? day)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year));
        }
        if (month is < 1 or > 12 || (day is not null && month is null))
        {
            throw new ArgumentOutOfRangeException(nameof(month));
        }
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day));
        }
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    public static PartialDate OfYear(int year) => new(year, null, null);

    public static PartialDate OfMonth(int year, int month) => new(year, month, null);

    public static PartialDate OfDay(int year, int month, int day) => new(year, month, day);

    public static PartialDate OfDay(DateOnly date) => new(date.Year, date.Month, date.Day);

    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The first day the value covers.</summary>
    public DateOnly FirstDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the value covers.</summary>
    public DateOnly LastDay => Precision switch
    {
        DatePrecision.Day => FirstDay,
        DatePrecision.Month => new DateOnly(Year, Month!.Value, DateTime.DaysInMonth(Year, Month.Value)),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>The same date known only to <paramref name="precision"/> (never finer than it is).</summary>
    /// <summary>The same day, month or year so many years on; 29 February becomes its month where that year has none.</summary>
    public PartialDate AddYears(int years) => this switch
    {
        { Day: { } day, Month: { } month } when IsValid(Year + years, month, day) => OfDay(Year + years, month, day),
        { Month: { } month } => OfMonth(Year + years, month),
        _ => OfYear(Year + years),
    };

    public PartialDate Truncate(DatePrecision precision) => precision switch
    {
        DatePrecision.Year => OfYear(Year),
        DatePrecision.Month when Month is not null => OfMonth(Year, Month.Value),
        _ => this,
    };

    /// <summary>True when <paramref name="other"/> lies within this value ("2024-07" covers "2024-07-08").</summary>
    public bool Covers(PartialDate other) => other.Precision >= Precision && other.Truncate(Precision) == this;

    /// <summary>True when the two values can describe the same day: one covers the other.</summary>
    public bool IsCompatibleWith(PartialDate other) => Covers(other) || other.Covers(this);

    public int CompareTo(PartialDate other)
    {
        var byFirstDay = FirstDay.CompareTo(other.FirstDay);
        return byFirstDay != 0 ? byFirstDay : Precision.CompareTo(other.Precision);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>ISO 8601 at the value's precision: "2024", "2024-07", "2024-07-08".</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public static bool TryParse([NotNullWhen(true)] string? iso, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(iso))
        {
            return false;
        }
        var parts = iso.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4)
        {
            return false;
        }
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }
        switch (numbers.Length)
        {
            case 1 when numbers[0] >= 1:
                date = OfYear(numbers[0]);
                return true;
            case 2 when numbers[0] >= 1 && numbers[1] is >= 1 and <= 12:
                date = OfMonth(numbers[0], numbers[1]);
                return true;
            case 3 when IsValid(numbers[0], numbers[1], numbers[2]):
                date = OfDay(numbers[0], numbers[1], numbers[2]);
                return true;
            default:
                return false;
        }
    }

    public static PartialDate Parse(string iso) =>
        TryParse(iso, out var date) ? date : throw new FormatException($"'{iso}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");
}
