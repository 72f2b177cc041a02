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
        if (!TryPrefix(s, index, out var qualifier, out var next))
        {
            return false;
        }
        if (RelativeParser.TryPeriod(s, next, out reading))
        {
            return true;
        }
        // "the end of the year", "by the middle of the month": the period the story is in.
        if (s.Is(next - 1, Lexeme.Of) && s.Is(next, Lexeme.The) && s.Is(next + 1, Lexeme.Unit) && s[next + 1].Value != (int)TimeUnit.Day
            && !s.Is(next + 2, Lexeme.Of) && !(s.IsDash(next + 2) && s.IsGlued(next + 2)))
        {
            reading = new Reading(next + 2, (TimeUnit)s[next + 1].Value switch
            {
                TimeUnit.Year => new RelativeYear(0),
                TimeUnit.Month => new RelativeMonth(0),
                _ => new RelativeWeek(0),
            });
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
