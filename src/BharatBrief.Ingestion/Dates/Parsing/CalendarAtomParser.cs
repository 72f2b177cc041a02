namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>
/// Reads one calendar date: "2025-12-04", "4 December 2025", "the 4th of Dec. 2025", "December 4, 2025",
/// "July 2024", "July", "2021". Ranges are built from these by <see cref="RangeParser"/>.
/// </summary>
internal static class CalendarAtomParser
{
    public static bool TryRead(in TokenStream s, int index, out CalendarAtom atom)
    {
        if (s.IsMonth(index))
        {
            return TryMonthFirst(s, index, out atom);
        }
        if (s.Is(index, Lexeme.LowerMonth))
        {
            // "september 3, 2014", "march 3rd 2015": in lower case only a full date.
            return TryMonthFirst(s, index, out atom) && atom.Parts is { Year: not null, Day: not null };
        }
        return TryIso(s, index, out atom) || TryNumeric(s, index, out atom) || TryDottedDayMonth(s, index, out atom) || TryDayFirst(s, index, out atom)
            || TryBareYear(s, index, out atom);
    }

    /// <summary>
    /// "on 08.08", "04-05.12": day and month in two digits each, as Russian sources write a date of the current year.
    /// A decimal looks the same, so it counts only after a preposition ("on", "since", "by") and never before a "%".
    /// </summary>
    private static bool TryDottedDayMonth(in TokenStream s, int index, out CalendarAtom atom)
    {
        atom = default;
        var written = s.IsSymbol(index + 1, '.') && s.IsGlued(index + 1) && s.IsGlued(index + 2)
            && IsPlainNumber(s, index, 2) && IsPlainNumber(s, index + 2, 2)
            && NumberRules.EndsFreely(s, index + 2) && !s.IsSymbol(index + 3, '%')
            && !(s.IsSymbol(index + 3, '.') && s.IsGlued(index + 3) && index + 4 < s.Count && s[index + 4].Kind == TokenKind.Number && s.IsGlued(index + 4));
        if (!written)
        {
            return false;
        }
        // "on 08.08 and 18.08": the second of a list is licensed by the first.
        var listed = s.Is(index - 1, Lexeme.And) && index >= 4 && s.IsSymbol(index - 3, '.') && s.IsNumber(index - 2) && s.IsNumber(index - 4);
        atom = new CalendarAtom(index + 3, new CalendarParts(null, s[index + 2].Value, s[index].Value), listed ? MonthLicence.None : MonthLicence.Strong);
        return s[index + 2].Value is >= 1 and <= 12 && s[index].Value >= 1 && atom.Parts.IsValid;
    }

    /// <summary>"December 4, 2025", "Dec. 4", "July 2024", "July, 2024", "July of 2024", "July".</summary>
    private static bool TryMonthFirst(in TokenStream s, int index, out CalendarAtom atom)
    {
        var month = s[index].Value;
        var next = AfterAbbreviationDot(s, index);
        if (s.Is(next, Lexeme.The) && NumberRules.TryDay(s, next + 1, out var theDay, out var ordinal) && ordinal)
        {
            // "December the 4th".
            var (theYear, theEnd) = OptionalYear(s, next + 2);
            atom = new CalendarAtom(theEnd, new CalendarParts(theYear, month, theDay));
            return atom.Parts.IsValid;
        }
        if (NumberRules.TryDay(s, next, out var day, out _))
        {
            var (year, end) = OptionalYear(s, next + 1);
            atom = new CalendarAtom(end, new CalendarParts(year, month, day));
            return atom.Parts.IsValid;
        }
        // "July, 2024", "July of 2024", "Sep-2012".
        var dashed = s.IsDash(next) && s.IsGlued(next) && s.IsGlued(next + 1);
        var yearAt = next + (s.IsSymbol(next, ',') || dashed ? 1 : 0);
        yearAt += s.Is(yearAt, Lexeme.Of) ? 1 : 0;
        if (NumberRules.TryYear(s, yearAt, NumberRules.EarliestYearWithMonth, out var monthYear))
        {
            atom = new CalendarAtom(yearAt + 1, new CalendarParts(monthYear, month, null));
            return true;
        }
        if (TryApostropheYear(s, next, out var shortYear))
        {
            atom = new CalendarAtom(next + 2, new CalendarParts(shortYear, month, null));
            return true;
        }
        // May and March are also a verb and a noun, and abbreviations are also names ("Jan"): they need stronger context.
        var needs = s.Is(index, Lexeme.MonthAbbreviation) || month is 3 or 5 ? MonthLicence.Strong : MonthLicence.Weak;
        atom = new CalendarAtom(index + 1, new CalendarParts(null, month, null), needs);
        return true;
    }

    /// <summary>"4 December 2025", "4th December", "the 4th of December 2025", "5 Oct 2018".</summary>
    private static bool TryDayFirst(in TokenStream s, int index, out CalendarAtom atom)
    {
        atom = default;
        var hasThe = s.Is(index, Lexeme.The);
        var dayAt = index + (hasThe ? 1 : 0);
        if (!NumberRules.TryDay(s, dayAt, out var day, out var ordinal))
        {
            return TryWordDayOf(s, dayAt, out atom);
        }
        if ((hasThe && !ordinal) || (hasThe && !NumberRules.StartsFreely(s, dayAt)))
        {
            return false;
        }
        var monthAt = dayAt + 1;
        if (s.Is(monthAt, Lexeme.Of) && (ordinal || (s.Is(monthAt + 1, Lexeme.Month) && !IsPossessive(s, monthAt + 2))))
        {
            // "the 15th of February"; "15 of February" only with the month written out.
            monthAt++;
        }
        if (TryDashedMonth(s, dayAt, day, out atom))
        {
            return true;
        }
        var lowerCase = s.Is(monthAt, Lexeme.LowerMonth);
        if (!s.IsMonth(monthAt) && !lowerCase)
        {
            return false;
        }
        var (year, end) = OptionalYear(s, AfterAbbreviationDot(s, monthAt));
        if (lowerCase && year is null)
        {
            return false;
        }
        atom = new CalendarAtom(year is null ? monthAt + 1 : end, new CalendarParts(year, s[monthAt].Value, day));
        return atom.Parts.IsValid;
    }

    /// <summary>"the first of March", "the twenty-third of December 2013": a day in words, always followed by "of" and its month.</summary>
    private static bool TryWordDayOf(in TokenStream s, int dayAt, out CalendarAtom atom)
    {
        atom = default;
        if (!NumberRules.TryWordDay(s, dayAt, out var day, out var ofAt) || !s.Is(ofAt, Lexeme.Of) || !s.IsMonth(ofAt + 1) || IsPossessive(s, ofAt + 2))
        {
            return false;
        }
        var monthAt = ofAt + 1;
        var (year, end) = OptionalYear(s, AfterAbbreviationDot(s, monthAt));
        atom = new CalendarAtom(year is null ? monthAt + 1 : end, new CalendarParts(year, s[monthAt].Value, day));
        return atom.Parts.IsValid;
    }

    /// <summary>"May's", "March’s": a name or a month owning what follows, not a date's month.</summary>
    private static bool IsPossessive(in TokenStream s, int index) =>
        (s.IsSymbol(index, '\'') || s.IsSymbol(index, '’')) && s.IsGlued(index) && s.IsWord(index + 1) && s.TextOf(index + 1) is "s";

    /// <summary>"2025-12-04", "2025/12/04", "2025.12.04", also as the date of a timestamp ("2025-12-04T10:30").</summary>
    private static bool TryIso(in TokenStream s, int index, out CalendarAtom atom)
    {
        atom = default;
        var separator = index + 1 < s.Count && s[index + 1].Kind == TokenKind.Symbol ? (char)s[index + 1].Value : '\0';
        var written = separator is '-' or '/' or '.' && s.IsSymbol(index + 3, separator)
            && s.IsGlued(index + 1) && s.IsGlued(index + 2) && s.IsGlued(index + 3) && s.IsGlued(index + 4)
            && IsPlainNumber(s, index, 4) && IsMonthOrDay(s, index + 2, separator) && IsMonthOrDay(s, index + 4, separator);
        if (!written || !EndsDateOrTimestamp(s, index + 4))
        {
            return false;
        }
        var (year, month, day) = (s[index].Value, s[index + 2].Value, s[index + 4].Value);
        atom = new CalendarAtom(index + 5, new CalendarParts(year, month, day));
        return year is >= NumberRules.EarliestYearWithMonth and <= NumberRules.LatestYear && month is >= 1 and <= 12
            && day >= 1 && atom.Parts.IsValid;
    }

    /// <summary>"05-Aug-2016", "5-August-2016": day, month name and year joined by dashes with no spaces.</summary>
    private static bool TryDashedMonth(in TokenStream s, int dayAt, int day, out CalendarAtom atom)
    {
        atom = default;
        var monthAt = dayAt + 2;
        var yearAt = dayAt + 4;
        if (!s.IsDash(dayAt + 1) || !s.IsMonth(monthAt) || !s.IsDash(yearAt - 1)
            || !s.IsGlued(dayAt + 1) || !s.IsGlued(monthAt) || !s.IsGlued(yearAt - 1) || !s.IsGlued(yearAt)
            || !NumberRules.TryYear(s, yearAt, NumberRules.EarliestYearWithMonth, out var year))
        {
            return false;
        }
        atom = new CalendarAtom(yearAt + 1, new CalendarParts(year, s[monthAt].Value, day));
        return atom.Parts.IsValid;
    }

    /// <summary>
    /// "21/04/2016", "13.5.2015", "06-12-2021": day first, as Indian and Russian sources write it, unless the first number
    /// cannot be a month's day and the second can ("04/21/2016" is April 21); both above 12 is no date.
    /// </summary>
    private static bool TryNumeric(in TokenStream s, int index, out CalendarAtom atom)
    {
        atom = default;
        var separator = index + 1 < s.Count && s[index + 1].Kind == TokenKind.Symbol ? (char)s[index + 1].Value : '\0';
        var yearAt = index + 4;
        var written = separator is '-' or '/' or '.' && s.IsSymbol(index + 3, separator)
            && s.IsGlued(index + 1) && s.IsGlued(index + 2) && s.IsGlued(index + 3) && s.IsGlued(yearAt)
            && IsShortNumber(s, index) && IsShortNumber(s, index + 2) && IsPlainNumber(s, yearAt, 4)
            && (NumberRules.StartsFreely(s, index) || (separator is '.' or '/' && EndsADayRange(s, index))) && NumberRules.EndsFreely(s, yearAt)
            && !(s.IsSymbol(yearAt + 1, separator) && s.IsGlued(yearAt + 1) && s.IsNumber(yearAt + 2) && s.IsGlued(yearAt + 2));
        if (!written)
        {
            return false;
        }
        var (first, second, year) = (s[index].Value, s[index + 2].Value, s[yearAt].Value);
        var (day, month) = first <= 12 && second > 12 ? (second, first) : (first, second);
        atom = new CalendarAtom(yearAt + 1, new CalendarParts(year, month, day));
        return year is >= NumberRules.EarliestYearWithMonth and <= NumberRules.LatestYear && month is >= 1 and <= 12
            && day >= 1 && atom.Parts.IsValid;
    }

    /// <summary>"08-09.07.2024": the date that ends a range whose first day is written alone before a dash.</summary>
    private static bool EndsADayRange(in TokenStream s, int index) =>
        index >= 2 && s.IsDash(index - 1) && s.IsGlued(index - 1) && s.IsGlued(index) && IsShortNumber(s, index - 2)
        && s[index - 2].Value is >= 1 and <= 31 && NumberRules.StartsFreely(s, index - 2);

    /// <summary>Two digits, or one where the separator is not a dot ("2016-4-21"; "2024.1.2" may be a version).</summary>
    private static bool IsMonthOrDay(in TokenStream s, int index, char separator) =>
        separator == '.' ? IsPlainNumber(s, index, 2) : IsShortNumber(s, index);

    /// <summary>
    /// The other reading of an all-numeric date whose two first numbers could each be the month ("12/7/2014" as December 7):
    /// a weekday written with it may choose it.
    /// </summary>
    public static bool TryNumericMonthFirst(in TokenStream s, int index, out CalendarAtom atom)
    {
        if (!TryNumeric(s, index, out atom) || s[index].Value > 12 || s[index + 2].Value > 12 || s[index].Value == s[index + 2].Value)
        {
            return false;
        }
        atom = atom with { Parts = new CalendarParts(atom.Parts.Year, atom.Parts.Day, atom.Parts.Month) };
        return atom.Parts.IsValid;
    }

    private static bool IsShortNumber(in TokenStream s, int index) =>
        s.IsNumber(index) && s[index] is { Digits: 1 or 2, Suffix: NumberSuffix.None };

    private static bool IsPlainNumber(in TokenStream s, int index, int digits) =>
        s.IsNumber(index) && s[index].Digits == digits && s[index].Suffix == NumberSuffix.None;

    private static bool EndsDateOrTimestamp(in TokenStream s, int dayAt) =>
        NumberRules.EndsFreely(s, dayAt)
        || (s.IsWord(dayAt + 1) && s.TextOf(dayAt + 1) is "T" && s.IsGlued(dayAt + 1) && s.IsNumber(dayAt + 2) && s.IsGlued(dayAt + 2));

    private static bool TryBareYear(in TokenStream s, int index, out CalendarAtom atom)
    {
        var found = NumberRules.TryYear(s, index, NumberRules.EarliestBareYear, out var year);
        atom = new CalendarAtom(index + 1, new CalendarParts(year, null, null));
        return found;
    }

    /// <summary>", 2025" or " 2025" after a day; the year's end, or the given position when there is no year.</summary>
    private static (int? Year, int End) OptionalYear(in TokenStream s, int index)
    {
        var yearAt = index + (s.IsSymbol(index, ',') ? 1 : 0);
        return NumberRules.TryYear(s, yearAt, NumberRules.EarliestYearWithMonth, out var year) ? (year, yearAt + 1)
            : TryApostropheYear(s, yearAt, out var shortYear) ? (shortYear, yearAt + 2)
            : (null, index);
    }

    /// <summary>
    /// "'25", "’71" after a month: a year's last two digits behind an apostrophe, of this century up to '49 and of the last after.
    /// Alone ("the class of '71") it names no month and is not read.
    /// </summary>
    private static bool TryApostropheYear(in TokenStream s, int index, out int year)
    {
        year = 0;
        if (!(s.IsSymbol(index, '\'') || s.IsSymbol(index, '’')) || !s.IsGlued(index + 1) || !IsPlainNumber(s, index + 1, 2)
            || !NumberRules.EndsFreely(s, index + 1) || (s.IsSymbol(index + 2, '\'') && s.IsGlued(index + 2)))
        {
            return false;
        }
        var lastTwo = s[index + 1].Value;
        year = lastTwo < 50 ? 2000 + lastTwo : 1900 + lastTwo;
        return true;
    }

    /// <summary>The dot of "Dec. 4" belongs to the date only when a number follows; otherwise it may end the sentence.</summary>
    private static int AfterAbbreviationDot(in TokenStream s, int monthAt)
    {
        var dot = monthAt + 1;
        return s.Is(monthAt, Lexeme.MonthAbbreviation) && s.IsSymbol(dot, '.') && s.IsGlued(dot) && s.IsNumber(dot + 1) ? dot + 1 : monthAt + 1;
    }
}
