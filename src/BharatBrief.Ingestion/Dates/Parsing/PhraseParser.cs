namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>Reads the longest date phrase that starts at a token, trying every construction that can start there.</summary>
internal static class PhraseParser
{
    /// <summary>A phrase starting at <paramref name="index"/> of running text, read in the context of the words before it.</summary>
    public static bool TryReadInText(in TokenStream s, int index, out Reading reading)
    {
        // Most tokens cannot begin a date; this check keeps them away from the rules.
        if (!CanStart(s, index))
        {
            reading = default;
            return false;
        }
        return TryRead(s, index, ContextBefore(s, index), out reading);
    }

    /// <summary>A phrase starting at <paramref name="index"/>, with a leading "in" or "on" kept in it.</summary>
    public static bool TryRead(in TokenStream s, int index, MonthLicence context, out Reading reading)
    {
        if (s.Is(index, Lexeme.Lead) && TryCore(s, index + 1, MonthLicence.Strong, out reading))
        {
            return true;
        }
        if (s.IsNumber(index) && !NumberRules.StartsFreely(s, index))
        {
            reading = default;
            return false;
        }
        return TryCore(s, index, context, out reading);
    }

    /// <summary>
    /// "since 1971", "by 2030", "until 2030", "up to 2030", "2014 onwards": the word before or after a phrase that makes it a bound of a period.
    /// </summary>
    public static DateBoundary BoundaryAround(in TokenStream s, int index, int end)
    {
        if (s.Is(end, Lexeme.Onwards))
        {
            return DateBoundary.Since;
        }
        if ((s.Is(index, Lexeme.From) || s.Is(index, Lexeme.Between)) && s.Is(index + 1, Lexeme.Now))
        {
            // "from now until 2030", "between now and March": a period still to run, which frames a story but dates no event in it.
            return DateBoundary.Until;
        }
        var previous = index - 1;
        var upTo = s.Is(previous, Lexeme.To) && s.IsWord(previous - 1) && s.TextOf(previous - 1).Equals("up", StringComparison.OrdinalIgnoreCase);
        if (s.Is(previous, Lexeme.Until) || s.Is(previous, Lexeme.Through) || upTo)
        {
            return DateBoundary.Until;
        }
        return !s.Is(previous, Lexeme.Licensor) ? DateBoundary.None : s[previous].Value switch
        {
            Licence.Since => DateBoundary.Since,
            Licence.By or Licence.Before => DateBoundary.By,
            _ => DateBoundary.None,
        };
    }

    /// <summary>
    /// True for a phrase counted from with no count the grammar can read ("days after January 12", "weeks before the 4th"),
    /// for a day that names its week ("the week of October 6"), and for a day beside a length it does not say how to
    /// combine with ("a week on Monday"): the phrase from <paramref name="index"/> to <paramref name="end"/> is not the day
    /// meant, so it gives no date at all.
    /// </summary>
    public static bool IsCountedFrom(in TokenStream s, int index, int end, DateExpression expression)
    {
        // "the week of October 6", "the week beginning 24 November", "the week starting Monday": a week, not the day named.
        if ((s.Is(index - 1, Lexeme.Of) || StartsAWeek(s, index - 1)) && s.Is(index - 2, Lexeme.Unit) && s[index - 2].Value == (int)TimeUnit.Week
            && expression is YearlessDate { Day: not null } or AbsoluteDate { Start.Day: not null } or WeekdayDate or RelativeDay)
        {
            return true;
        }
        if (expression is RelativeDay or WeekdayDate or WeekdayInWeek && IsJoinedToALength(s, index, end))
        {
            return true;
        }
        // "for 10 days from 18 December", "over two weeks from Monday": a stretch of time that starts at the date, not a day.
        if (expression is ShiftedDate or RelativeDay && s.Is(index + 2, Lexeme.From) && s.IsWord(index - 1)
            && (s.TextOf(index - 1).Equals("for", StringComparison.OrdinalIgnoreCase) || s.TextOf(index - 1).Equals("over", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        var preposition = index - 1 - (s.Is(index - 1, Lexeme.The) ? 1 : 0);
        var priorTo = s.Is(preposition, Lexeme.To) && s.IsWord(preposition - 1) && s.TextOf(preposition - 1).Equals("prior", StringComparison.OrdinalIgnoreCase);
        preposition -= priorTo ? 1 : 0;
        return ((s.Is(preposition, Lexeme.Licensor) && s[preposition].Value is Licence.After or Licence.Before) || priorTo)
            && (s.Is(preposition - 1, Lexeme.Units) || s.Is(preposition - 1, Lexeme.Unit));
    }

    private static readonly string[] WeekStarts = ["beginning", "starting", "commencing"];

    /// <summary>"beginning", "starting", "commencing" after "week": the day named after them opens the week meant.</summary>
    private static bool StartsAWeek(in TokenStream s, int index)
    {
        if (!s.IsWord(index))
        {
            return false;
        }
        var word = s.TextOf(index);
        foreach (var start in WeekStarts)
        {
            if (word.Equals(start, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "a week today", "a week on Monday", "a week ago Monday", "Monday a week ago": a day and a length of time side by side,
    /// with no word to say how they combine; neither is the day meant.
    /// </summary>
    private static bool IsJoinedToALength(in TokenStream s, int index, int end)
    {
        var before = index - 1;
        var ago = s.Is(before, Lexeme.Ago);
        var unitAt = before - (ago ? 1 : 0);
        if (IsLengthUnit(s, unitAt) && IsCountAt(s, unitAt - 1))
        {
            return true;
        }
        return IsCountAt(s, end) && IsLengthUnit(s, end + 1) && s.Is(end + 2, Lexeme.Ago);
    }

    /// <summary>"two weeks ago Monday": a count back from the as-of date with a weekday beside it.</summary>
    private static bool IsAgoBesideADay(in TokenStream s, int index, int end)
    {
        var dayAt = end + (s.Is(end, Lexeme.Lead) ? 1 : 0);
        return s.Is(end - 1, Lexeme.Ago) && (s.Is(dayAt, Lexeme.Weekday) || s.Is(dayAt, Lexeme.DayWord) || s.Is(index - 1, Lexeme.Weekday));
    }

    /// <summary>
    /// True for a phrase that is only the last or first part of a length said in several units: "2 months ago" in
    /// "a year and 2 months ago", "in 2 weeks" in "in 2 weeks and 3 days". The part alone would be a wrong date.
    /// </summary>
    public static bool IsPartOfLongerLength(in TokenStream s, int index, int end)
    {
        var countAt = index + (s.Is(index, Lexeme.Lead) ? 1 : 0);
        var before = countAt - 1;
        before -= s.Is(before, Lexeme.And) ? 1 : 0;
        before -= s.IsSymbol(before, ',') ? 1 : 0;
        if (IsCountAt(s, countAt) && IsLengthUnit(s, before) && IsCountAt(s, before - 1))
        {
            return true;
        }
        var after = end + (s.IsSymbol(end, ',') ? 1 : 0);
        after += s.Is(after, Lexeme.And) ? 1 : 0;
        return (IsCountAt(s, end - 2) && IsLengthUnit(s, end - 1) && IsCountAt(s, after) && IsLengthUnit(s, after + 1)) || IsAgoBesideADay(s, index, end);
    }

    private static bool IsCountAt(in TokenStream s, int index) =>
        s.Is(index, Lexeme.Count) || (s.IsNumber(index) && s[index].Suffix == NumberSuffix.None);

    private static bool IsLengthUnit(in TokenStream s, int index) =>
        s.Is(index, Lexeme.Unit) || s.Is(index, Lexeme.Units) || s.Is(index, Lexeme.Fortnight) || s.Is(index, Lexeme.Decades);

    /// <summary>The context the words before <paramref name="index"/> give a bare month name.</summary>
    private static MonthLicence ContextBefore(in TokenStream s, int index)
    {
        var previous = index - 1;
        if (previous < 0 || !s.IsWord(previous))
        {
            return MonthLicence.None;
        }
        return s[previous].Lexeme switch
        {
            Lexeme.Lead or Lexeme.Licensor or Lexeme.Qualifier or Lexeme.Of or Lexeme.Anchor
                or Lexeme.Between or Lexeme.From or Lexeme.Until or Lexeme.Through => MonthLicence.Strong,
            Lexeme.The or Lexeme.Anaphor => MonthLicence.Weak,
            _ => s.FollowsPossessive(index) || IsAttributiveAfterDeterminer(s, index) ? MonthLicence.Weak : MonthLicence.None,
        };
    }

    private static readonly string[] Determiners = ["a", "an", "his", "her", "their", "its", "our", "that", "this"];

    /// <summary>"an August phone call", "their July meeting": a month name between a determiner and a noun is a date.</summary>
    private static bool IsAttributiveAfterDeterminer(in TokenStream s, int index)
    {
        var determiner = s.TextOf(index - 1);
        var isDeterminer = false;
        foreach (var word in Determiners)
        {
            isDeterminer |= determiner.Equals(word, StringComparison.OrdinalIgnoreCase);
        }
        return isDeterminer && index + 1 < s.Count && s.IsWord(index + 1) && char.IsLower(s.TextOf(index + 1)[0]);
    }

    private static bool CanStart(in TokenStream s, int index)
    {
        var token = s[index];
        if (token.Kind == TokenKind.Number)
        {
            return true;
        }
        return token.Lexeme switch
        {
            Lexeme.Month or Lexeme.MonthAbbreviation or Lexeme.LowerMonth or Lexeme.Weekday or Lexeme.WeekdayAbbreviation or Lexeme.Anchor or Lexeme.Previous or Lexeme.DayWord
                or Lexeme.Qualifier or Lexeme.Vague or Lexeme.Part or Lexeme.Between or Lexeme.From or Lexeme.Season => true,
            Lexeme.The => s.IsNumber(index + 1) || s.Is(index + 1, Lexeme.Count) || FiscalYearParser.MayStart(s, index + 1) || s.Is(index + 1, Lexeme.Facing)
                || ((s.Is(index + 1, Lexeme.Anchor) || s.Is(index + 1, Lexeme.Anaphor)) && s.Is(index + 2, Lexeme.Unit)) || s.Is(index + 1, Lexeme.Season) || DecadeParser.MayFollowThe(s, index + 1) || s.Is(index + 1, Lexeme.Qualifier) || s.Is(index + 1, Lexeme.Part) || s.Is(index + 1, Lexeme.Previous)
                || s.Is(index + 1, Lexeme.Ordinal) || YearPartParser.IsLatterHalf(s, index + 1) || s.Is(index + 1, Lexeme.Unit) || (s.Is(index + 1, Lexeme.Anchor) && (s.Is(index + 2, Lexeme.Weekday) || s.Is(index + 2, Lexeme.YearPart))),
            Lexeme.Count => s.Is(index + 1, Lexeme.Unit) || (s.IsDash(index + 1) && s.Is(index + 2, Lexeme.Ordinal)) || s.Is(index + 1, Lexeme.Units) || s.Is(index + 1, Lexeme.Decades) || s.Is(index + 1, Lexeme.Fortnight)
                || s.Is(index + 1, Lexeme.Count) || (s.IsDash(index + 1) && s.Is(index + 2, Lexeme.Count)),
            Lexeme.Ordinal => s.Is(index + 1, Lexeme.Weekday) || s.Is(index + 1, Lexeme.YearPart) || s.Is(index + 1, Lexeme.Unit) || s.Is(index + 1, Lexeme.Of),
            Lexeme.Facing => s.Is(index + 1, Lexeme.Weekday),
            Lexeme.Unit => (s[index].Value == (int)TimeUnit.Day && s.Is(index + 1, Lexeme.Licensor) && s.Is(index + 2, Lexeme.DayWord))
                || QualifiedParser.IsPeriodEndAt(s, index),
            Lexeme.None => YearPartParser.IsLetterForm(s, index) || FixedHolidayParser.MayStart(s, index) || FiscalYearParser.MayStart(s, index),
            Lexeme.Lead => index + 1 < s.Count && !s.Is(index + 1, Lexeme.Lead) && CanStart(s, index + 1),
            _ => false,
        };
    }

    private static bool TryCore(in TokenStream s, int index, MonthLicence context, out Reading reading)
    {
        if (s.IsMonth(index) && (TryRelativeYearAfter(s, index + 1, out _, out _) || WeekdayParser.TryBeyond(s, index + 1, out _)))
        {
            // "December of last year", "March next year", "March after next": what follows the month makes it a date.
            context = MonthLicence.Strong;
        }
        Reading? best = null;
        if (RelativeParser.TryRead(s, index, out var relative))
        {
            best = relative;
        }
        if (WeekdayParser.TryRead(s, index, out var weekday))
        {
            best = Reading.Longer(best, weekday);
        }
        if (QualifiedParser.TryRead(s, index, out var qualified))
        {
            best = Reading.Longer(best, qualified);
        }
        if (DecadeParser.TryRead(s, index, out var decade))
        {
            best = Reading.Longer(best, decade);
        }
        if (RangeParser.TryRead(s, index, RangeConnectors.Plain, context, requireRange: false, out var calendar))
        {
            best = Reading.Longer(best, calendar);
        }
        if (TryBoundedRange(s, index, out var bounded))
        {
            best = Reading.Longer(best, bounded);
        }
        if (SpanParser.TryRead(s, index, out var span))
        {
            best = Reading.Longer(best, span);
        }
        if (ShiftParser.TryRead(s, index, out var shift))
        {
            best = Reading.Longer(best, shift);
        }
        if (NthWeekdayParser.TryRead(s, index, out var nth))
        {
            best = Reading.Longer(best, nth);
        }
        if (YearPartParser.TryRead(s, index, out var yearPart))
        {
            best = Reading.Longer(best, yearPart);
        }
        if (FixedHolidayParser.TryRead(s, index, context, out var holiday))
        {
            best = Reading.Longer(best, holiday);
        }
        if (SeasonParser.TryRead(s, index, context, out var season))
        {
            best = Reading.Longer(best, season);
        }
        if (NearPeriodParser.TryRead(s, index, out var near))
        {
            best = Reading.Longer(best, near);
        }
        if (FiscalYearParser.TryRead(s, index, out var fiscal))
        {
            best = Reading.Longer(best, fiscal);
        }
        if (best is { Expression: YearlessDate { YearOffset: null } yearless } monthOnly && TryRelativeYearAfter(s, monthOnly.End, out var offset, out var end))
        {
            best = new Reading(end, yearless with { YearOffset = offset });
        }
        if (best is { Expression: YearlessDate { YearOffset: null, Day: null, EndMonth: null, Facing: TimeOrientation.Unknown, Qualifier: DateQualifier.None } beyondMonth } beyondReading
            && WeekdayParser.TryBeyond(s, beyondReading.End, out var beyond))
        {
            // "March after next": a year after next March; "March before last": a year before last March.
            var facing = beyond > 0 ? TimeOrientation.Future : TimeOrientation.Past;
            best = new Reading(beyondReading.End + 2, new ShiftedDate(beyondMonth with { Facing = facing }, Months: Math.Sign(beyond) * 12));
        }
        if (best is { Expression: YearlessDate { YearOffset: null, EndMonth: null, EndDay: null } thatMonth } && IsThatBefore(s, index)
            && !s.IsSymbol(best.Value.End, '\'') && !s.IsSymbol(best.Value.End, '’'))
        {
            // "He had already met Putin that July": the July of the story's year.
            reading = new Reading(best.Value.End, new StoryYear(0, thatMonth.Month, thatMonth.Day));
            return NumberRules.EndsPhrase(s, reading.End);
        }
        if (best is { Expression: YearlessDate { YearOffset: null, EndMonth: null, EndDay: null } told } inTheStoryYear
            && StoryPeriodAt(s, inTheStoryYear.End) is { Unit: TimeUnit.Year, Offset: { } storyOffset } storyYear)
        {
            // "in November the next year": the story's year, which the narrative gives.
            reading = new Reading(storyYear.End, new StoryYear(storyOffset, told.Month, told.Day));
            return NumberRules.EndsPhrase(s, reading.End);
        }
        if (best is { Expression: YearlessDate { YearOffset: null } or WeekdayDate { WeekOffset: 0 } or DayOfMonthDate { MonthOffset: null } } anchored
            && StoryPeriodAt(s, anchored.End) is { Unit: var period } && period != TimeUnit.Day
            && (anchored.Expression is not YearlessDate || period == TimeUnit.Year))
        {
            // "in October that year", "on Monday the same week": the year or week is the story's, which the grammar does not know.
            reading = default;
            return false;
        }
        reading = best ?? default;
        return best is { } found && NumberRules.EndsPhrase(s, found.End);
    }

    private static bool IsThatBefore(in TokenStream s, int index) =>
        index > 0 && s.Is(index - 1, Lexeme.Anaphor) && s.TextOf(index - 1).Equals("that", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "that year", "of the same year", "the following week", "the next year": a period counted from the story's own
    /// time, with how far from it ("that" and "same" 0, "next" and "following" 1, others unknown) and where it ends; null
    /// when there is none.
    /// </summary>
    private static StoryPeriod? StoryPeriodAt(in TokenStream s, int index)
    {
        var at = index + (s.Is(index, Lexeme.Of) || s.IsSymbol(index, ',') ? 1 : 0);
        var wordAt = s.Is(at, Lexeme.Anaphor) && s.TextOf(at).Equals("that", StringComparison.OrdinalIgnoreCase) ? at
            : s.Is(at, Lexeme.The) && (s.Is(at + 1, Lexeme.Anaphor) || (s.Is(at + 1, Lexeme.Anchor) && s[at + 1].Value == 1)) ? at + 1
            : -1;
        if (wordAt < 0 || !s.Is(wordAt + 1, Lexeme.Unit))
        {
            return null;
        }
        int? offset = s.TextOf(wordAt).ToString().ToLowerInvariant() switch
        {
            "that" or "same" => 0,
            "next" or "following" => 1,
            _ => null,
        };
        return new StoryPeriod((TimeUnit)s[wordAt + 1].Value, offset, wordAt + 2);
    }

    private readonly record struct StoryPeriod(TimeUnit Unit, int? Offset, int End);

    /// <summary>"last year", "of next year" or "the previous year" after a month: "in March last year", "December 4 of next year".</summary>
    private static bool TryRelativeYearAfter(in TokenStream s, int index, out int offset, out int end)
    {
        var anchorAt = index + (s.Is(index, Lexeme.Of) ? 1 : 0);
        if (s.Is(anchorAt, Lexeme.The) && s.Is(anchorAt + 1, Lexeme.Previous) && s.Is(anchorAt + 2, Lexeme.Unit) && s[anchorAt + 2].Value == (int)TimeUnit.Year)
        {
            // "in October the previous year", read as "the previous year" alone is.
            offset = s[anchorAt + 1].Value;
            end = anchorAt + 3;
            return true;
        }
        var found = s.Is(anchorAt, Lexeme.Anchor) && s.Is(anchorAt + 1, Lexeme.Unit) && s[anchorAt + 1].Value == (int)TimeUnit.Year;
        offset = found ? s[anchorAt].Value : 0;
        end = anchorAt + 2;
        return found;
    }

    /// <summary>"between 4 and 5 December 2025", "from 8 to 9 July", "from 2021 until 2024".</summary>
    private static bool TryBoundedRange(in TokenStream s, int index, out Reading reading)
    {
        var connectors = s.Is(index, Lexeme.Between) ? RangeConnectors.Between
            : s.Is(index, Lexeme.From) ? RangeConnectors.From
            : RangeConnectors.None;
        reading = default;
        return connectors != RangeConnectors.None
            && (RangeParser.TryRead(s, index + 1, connectors, MonthLicence.Strong, requireRange: true, out reading)
                || TryDaysOfTheMonth(s, index + 1, connectors, out reading));
    }

    /// <summary>"between the 7th and the 21st", "from the 4th to the 9th": days of the month the story is in.</summary>
    private static bool TryDaysOfTheMonth(in TokenStream s, int index, RangeConnectors connectors, out Reading reading)
    {
        reading = default;
        if (!s.Is(index, Lexeme.The) || !NumberRules.TryDay(s, index + 1, out var first, out var firstIsOrdinal) || !firstIsOrdinal)
        {
            return false;
        }
        var joint = index + 2;
        if (!connectors.HasFlag(RangeParser.ConnectorAt(s, joint)) || RangeParser.ConnectorAt(s, joint) == RangeConnectors.None
            || !s.Is(joint + 1, Lexeme.The) || !NumberRules.TryDay(s, joint + 2, out var last, out var lastIsOrdinal) || !lastIsOrdinal || last <= first)
        {
            return false;
        }
        reading = new Reading(joint + 3, new DateSpan(new DayOfMonthDate(first), new DayOfMonthDate(last)));
        return true;
    }
}
