namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>The year, month and day a calendar phrase states; a range end may lend its partner what it leaves out.</summary>
internal readonly record struct CalendarParts(int? Year, int? Month, int? Day)
{
    /// <summary>February 29 stays possible when the year is not known.</summary>
    private const int LeapYear = 2024;

    public bool IsValid =>
        (Month is null ? Day is null : Day is null || Day <= DateTime.DaysInMonth(Year ?? LeapYear, Month.Value))
        && (Year is not null || Month is not null);

    public PartialDate ToPartialDate() =>
        Day is { } day ? PartialDate.OfDay(Year!.Value, Month!.Value, day)
        : Month is { } month ? PartialDate.OfMonth(Year!.Value, month)
        : PartialDate.OfYear(Year!.Value);

    /// <summary>An expression for the parts alone: absolute when the year is known, else yearless.</summary>
    public DateExpression ToExpression(DateQualifier qualifier = DateQualifier.None) =>
        Year is not null
            ? new AbsoluteDate(ToPartialDate(), null, qualifier)
            : new YearlessDate(Month!.Value, Day, Qualifier: qualifier);
}
