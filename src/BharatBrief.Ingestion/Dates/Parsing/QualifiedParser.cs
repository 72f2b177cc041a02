namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>
/// A part of a period: "early May 2025", "mid-2024", "late November", "the end of 2024", "the beginning of next year".
/// The qualifier is kept on calendar dates and never narrows them to a day.
/// </summary>
internal static class QualifiedParser
{
    public static bool TryRead(in TokenStream s, int index, out Reading reading)
    {
        reading = default;
        if (TryPeriodEnd(s, index, out reading))
        {
            return true;
        }
        if (!TryPrefix(s, index, out var qualifier, out var next))
        {
            return false;
        }
        if (RelativeParser.TryPeriod(s, next, out reading))
        {
            return true;
        }
        // "the end of the year", "by the middle of the month", "by end of year", "early in the year": the period the story is in.
        var inThe = s.Is(index, Lexeme.Qualifier) && s.Is(next, Lexeme.Lead) && s.TextOf(next).Equals("in", StringComparison.OrdinalIgnoreCase)
            && s.Is(next + 1, Lexeme.The);
        next += inThe ? 1 : 0;
        var unitAt = next + (s.Is(next, Lexeme.The) ? 1 : 0);
        if ((s.Is(next - 1, Lexeme.Of) || inThe) && s.Is(unitAt, Lexeme.Unit) && s[unitAt].Value != (int)TimeUnit.Day
            && !s.Is(unitAt + 1, Lexeme.Of) && !(s.IsDash(unitAt + 1) && s.IsGlued(unitAt + 1)) && !s.IsNumber(unitAt + 1) && !s.Is(unitAt + 1, Lexeme.Count))
        {
            reading = new Reading(unitAt + 1, CurrentPeriod((TimeUnit)s[unitAt].Value));
            return true;
        }
        if (!RangeParser.TryRead(s, next, RangeConnectors.Plain, MonthLicence.Strong, requireRange: false, out var calendar))
        {
            return false;
        }
        DateExpression? qualified = calendar.Expression switch
        {
            AbsoluteDate { Start.Day: null } absolute => absolute with { Qualifier = qualifier },
            YearlessDate { Day: null } yearless => yearless with { Qualifier = qualifier },
            _ => null,
        };
        if (qualified is null)
        {
            return false;
        }
        reading = new Reading(calendar.End, qualified);
        return true;
    }

    private static DateExpression CurrentPeriod(TimeUnit unit) => unit switch
    {
        TimeUnit.Year => new RelativeYear(0),
        TimeUnit.Month => new RelativeMonth(0),
        _ => new RelativeWeek(0),
    };

    /// <summary>
    /// "year-end", "by year end", "the month-end", "year-end 2026": the end of the as-of year or month, or of the year named.
    /// A fiscal or financial year's end is not the calendar year's.
    /// </summary>
    private static bool TryPeriodEnd(in TokenStream s, int index, out Reading reading)
    {
        reading = default;
        var unitAt = index + (s.Is(index, Lexeme.The) ? 1 : 0);
        if (!IsPeriodEndAt(s, unitAt) || IsFiscalWord(s, unitAt - 1))
        {
            return false;
        }
        var endAt = unitAt + (s.IsDash(unitAt + 1) ? 2 : 1);
        var unit = (TimeUnit)s[unitAt].Value;
        if (unit == TimeUnit.Year && NumberRules.TryYear(s, endAt + 1, NumberRules.EarliestBareYear, out var year))
        {
            reading = new Reading(endAt + 2, new AbsoluteDate(PartialDate.OfYear(year), Qualifier: DateQualifier.Late));
            return true;
        }
        reading = new Reading(endAt + 1, CurrentPeriod(unit));
        return !s.Is(endAt + 1, Lexeme.Of) && !s.IsNumber(endAt + 1);
    }

    /// <summary>"year-end", "year end", "month-end": a year or month followed by "end", with or without a dash between.</summary>
    public static bool IsPeriodEndAt(in TokenStream s, int unitAt)
    {
        var endAt = unitAt + (s.IsDash(unitAt + 1) && s.IsGlued(unitAt + 1) && s.IsGlued(unitAt + 2) ? 2 : 1);
        return s.Is(unitAt, Lexeme.Unit) && s[unitAt].Value is (int)TimeUnit.Year or (int)TimeUnit.Month
            && s.Is(endAt, Lexeme.Part) && s[endAt].Value == (int)DateQualifier.Late;
    }

    private static bool IsFiscalWord(in TokenStream s, int index) =>
        s.IsWord(index) && (s.TextOf(index).Equals("fiscal", StringComparison.OrdinalIgnoreCase) || s.TextOf(index).Equals("financial", StringComparison.OrdinalIgnoreCase));

    /// <summary>"early", "mid-", "late", "the end of", "beginning of", "end-".</summary>
    private static bool TryPrefix(in TokenStream s, int index, out DateQualifier qualifier, out int next)
    {
        qualifier = DateQualifier.None;
        next = index;
        if (s.Is(index, Lexeme.Qualifier))
        {
            qualifier = (DateQualifier)s[index].Value;
            next = GluedDash(s, index + 1) ? index + 2 : index + 1;
            return true;
        }
        var partAt = index + (s.Is(index, Lexeme.The) ? 1 : 0);
        if (!s.Is(partAt, Lexeme.Part))
        {
            return false;
        }
        qualifier = (DateQualifier)s[partAt].Value;
        if (s.Is(partAt + 1, Lexeme.Of))
        {
            next = partAt + 2;
            return true;
        }
        next = partAt + 2;
        return partAt == index && GluedDash(s, partAt + 1);
    }

    private static bool GluedDash(in TokenStream s, int index) => s.IsDash(index) && s.IsGlued(index) && s.IsGlued(index + 1);
}
