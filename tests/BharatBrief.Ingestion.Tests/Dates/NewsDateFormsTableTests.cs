using BharatBrief.Ingestion.Dates;

namespace BharatBrief.Ingestion.Tests.Dates;

/// <summary>
/// The date forms news about meetings uses, as a table grouped by form: each text holds one phrase, which is found,
/// read and resolved against an as-of date and the tense of its sentence. Expected values are <see cref="DateRange"/>
/// strings at the precision the phrase supports; null means no date.
/// </summary>
/// <remarks>Most rows read against Thursday, 20 November 2025: its week runs from Monday 17 to Sunday 23 November.</remarks>
public sealed class NewsDateFormsTableTests
{
    private const TimeOrientation Unknown = TimeOrientation.Unknown;
    private const TimeOrientation Past = TimeOrientation.Past;
    private const TimeOrientation Future = TimeOrientation.Future;

    private const string Thursday = "2025-11-20";

    [Theory]
    // Numeric dates with a year: day first unless the first number cannot be a day's month; ISO year first always.
    [InlineData("The pact was signed on 21/04/2016 in Moscow.", null, Past, "2016-04-21")]
    [InlineData("13.5.2015", null, Unknown, "2015-05-13")]
    [InlineData("Talks held on 05-Aug-2016.", null, Past, "2016-08-05")]
    [InlineData("2016-04-21", null, Unknown, "2016-04-21")]
    [InlineData("06-12-2021", null, Unknown, "2021-12-06")]
    [InlineData("on 9.7.2024", null, Unknown, "2024-07-09")]
    [InlineData("04/21/2016", null, Unknown, "2016-04-21")]
    [InlineData("1/2/2020", null, Unknown, "2020-02-01")]
    [InlineData("31.12.2019", null, Unknown, "2019-12-31")]
    [InlineData("12/11/2024", null, Unknown, "2024-11-12")]
    [InlineData("07-07-2024", null, Unknown, "2024-07-07")]
    [InlineData("2016-4-21", null, Unknown, "2016-04-21")]
    [InlineData("2016/04/21", null, Unknown, "2016-04-21")]
    [InlineData("5-Oct-2018", null, Unknown, "2018-10-05")]
    [InlineData("15-September-2023", null, Unknown, "2023-09-15")]
    [InlineData("The treaty of 24.12.2010 (ratified later)", null, Unknown, "2010-12-24")]
    [InlineData("Letter dated 08/07/2024, signed by both.", null, Unknown, "2024-07-08")]
    [InlineData("(2/3/2022)", null, Unknown, "2022-03-02")]
    [InlineData("Date: 29.02.2024", null, Unknown, "2024-02-29")]
    [InlineData("from 21/04/2016 to 23/04/2016", null, Unknown, "2016-04-21/2016-04-23")]
    [InlineData("21.04.2016 – 23.04.2016", null, Unknown, "2016-04-21/2016-04-23")]
    [InlineData("Monday, 08/07/2024", null, Unknown, "2024-07-08")]
    // Day and month in two digits each, as Russian sources write a date of the year: only after a preposition.
    [InlineData("They spoke by telephone on 08.08.", "2025-12-06", Past, "2025-08-08")]
    [InlineData("The visit to New Delhi on 04-05.12 ended with a joint statement.", "2025-12-06", Past, "2025-12-04/2025-12-05")]
    [InlineData("The talks are due on 18.09.", "2025-08-01", Future, "2025-09-18")]
    [InlineData("The previous summit took place in Moscow on 08-09.07.2024.", null, Past, "2024-07-08/2024-07-09")]
    [InlineData("MOSCOW, 06.12.2025. Unofficial translation.", null, Unknown, "2025-12-06")]
    // Month names in lower case only in a full date.
    [InlineData("signed on 25th march 2015 , in Delhi", null, Unknown, "2015-03-25")]
    [InlineData("friday, 03 september 2014", null, Unknown, "2014-09-03")]
    [InlineData("september 3, 2014", null, Unknown, "2014-09-03")]
    [InlineData("the 4th of march 2015", null, Unknown, "2015-03-04")]
    [InlineData("in may 2015", null, Unknown, "2015")]
    // Dates without a year follow the tense: the latest on or before the as-of date, or the next after it.
    [InlineData("They met on May 21.", Thursday, Past, "2025-05-21")]
    [InlineData("They will meet on May 21.", Thursday, Future, "2026-05-21")]
    [InlineData("on December 4", Thursday, Future, "2025-12-04")]
    [InlineData("on December 4", Thursday, Past, "2024-12-04")]
    [InlineData("on 4 December", "2025-12-10", Past, "2025-12-04")]
    [InlineData("in September", Thursday, Past, "2025-09")]
    [InlineData("in September", Thursday, Future, "2026-09")]
    [InlineData("on November 20", Thursday, Future, "2025-11-20")]
    // A weekday named with the date must agree with the year chosen; where no near year agrees, no day.
    [InlineData("Monday, September 1", Thursday, Past, "2025-09-01")]
    [InlineData("on Monday, September 1", "2026-03-10", Past, "2025-09-01")]
    [InlineData("Thursday, December 4", Thursday, Future, "2025-12-04")]
    [InlineData("Wednesday, December 4", Thursday, Past, "2024-12-04")]
    [InlineData("Wednesday, December 4", Thursday, Future, "2025-12")]
    [InlineData("Tuesday, September 1", Thursday, Past, "2025-09")]
    [InlineData("on Friday, 5 December", Thursday, Future, "2025-12-05")]
    [InlineData("Tuesday, July 8, 2024", null, Unknown, "2024-07")]
    [InlineData("Thursday, 4 December 2025", null, Unknown, "2025-12-04")]
    [InlineData("Thu., Nov. 20, 2025", null, Unknown, "2025-11-20")]
    [InlineData("Sat, 22 Nov", Thursday, Future, "2025-11-22")]
    [InlineData("Mon, February 18", Thursday, Past, "2025-02")]
    [InlineData("Sunday 12/7/2014", null, Unknown, "2014-12-07")]
    [InlineData("Saturday 12/7/2014", null, Unknown, "2014-07-12")]
    [InlineData("Friday 12/7/2025", null, Unknown, "2025")]
    [InlineData("Monday (Sept 1)", Thursday, Past, "2025-09-01")]
    [InlineData("talks on Sunday (12/7/2014) in Delhi", null, Unknown, "2014-12-07")]
    [InlineData("Tuesday, 13/5/2025", null, Unknown, "2025-05-13")]
    [InlineData("December the 4th", Thursday, Future, "2025-12-04")]
    [InlineData("February the 15th, 2024", null, Unknown, "2024-02-15")]
    // Tense: a weekday looks back to the latest on or before the as-of day, or ahead to the first after it.
    [InlineData("Modi and Putin spoke by phone on Tuesday evening.", Thursday, Past, "2025-11-18")]
    [InlineData("Putin will arrive on Thursday for a two-day visit.", Thursday, Future, "2025-11-27")]
    [InlineData("The Kremlin confirmed the visit on Thursday.", Thursday, Past, "2025-11-20")]
    [InlineData("Putin will arrive Saturday.", Thursday, Future, "2025-11-22")]
    [InlineData("The agreement, signed last Friday, covers energy.", Thursday, Future, "2025-11-14")]
    [InlineData("next Thursday", Thursday, Past, "2025-11-27")]
    [InlineData("on Sunday", "2025-11-23", Past, "2025-11-23")]
    [InlineData("on Sunday", "2025-11-23", Future, "2025-11-30")]
    [InlineData("on 1 December", "2025-12-01", Future, "2025-12-01")]
    [InlineData("on 30 November", "2025-12-01", Future, "2026-11-30")]
    [InlineData("on 30 November", "2025-12-01", Past, "2025-11-30")]
    // "this <month>" is the month of the as-of year, whatever the tense.
    [InlineData("this September", Thursday, Future, "2025-09")]
    [InlineData("this September", Thursday, Past, "2025-09")]
    [InlineData("this December", Thursday, Future, "2025-12")]
    [InlineData("this March", "2025-05-10", Unknown, "2025-03")]
    [InlineData("the summit this September", "2025-05-10", Future, "2025-09")]
    // "last <month>" is the latest before the as-of month, "next <month>" the first after it, whatever the tense.
    [InlineData("last September", Thursday, Future, "2025-09")]
    [InlineData("last November", Thursday, Past, "2024-11")]
    [InlineData("last December", Thursday, Unknown, "2024-12")]
    [InlineData("next December", Thursday, Past, "2025-12")]
    [InlineData("next November", Thursday, Future, "2026-11")]
    [InlineData("next March", Thursday, Unknown, "2026-03")]
    [InlineData("in October the previous year", Thursday, Past, "2024-10")]
    [InlineData("Putin arrived on December 4, the same day the talks began.", Thursday, Future, "2025-12-04")]
    [InlineData("on 4 December of the previous year", "2025-06", Past, "2024-12-04")]
    [InlineData("last March", "2025", Past, null)]
    [InlineData("in early this December", Thursday, Future, "2025-12")]
    // A weekday of a counted week (weeks run Monday to Sunday), a facing weekday, or a weekday with its day number.
    [InlineData("on Friday next week", Thursday, Future, "2025-11-28")]
    [InlineData("Friday next week", Thursday, Unknown, "2025-11-28")]
    [InlineData("on Tuesday, next week", Thursday, Future, "2025-11-25")]
    [InlineData("Monday of next week", Thursday, Future, "2025-11-24")]
    [InlineData("Wednesday this week", Thursday, Past, "2025-11-19")]
    [InlineData("on Tuesday last week", Thursday, Past, "2025-11-11")]
    [InlineData("Thursday of last week", Thursday, Past, "2025-11-13")]
    [InlineData("Sunday next week", Thursday, Future, "2025-11-30")]
    [InlineData("coming Thursday", Thursday, Future, "2025-11-27")]
    [InlineData("this coming Saturday", Thursday, Future, "2025-11-22")]
    [InlineData("on the coming Monday", Thursday, Unknown, "2025-11-24")]
    [InlineData("this past Monday", Thursday, Past, "2025-11-17")]
    [InlineData("past Sunday", Thursday, Unknown, "2025-11-16")]
    [InlineData("the Friday after next", Thursday, Future, "2025-11-28")]
    [InlineData("Thursday last", Thursday, Unknown, "2025-11-13")]
    [InlineData("Monday next", Thursday, Unknown, "2025-11-24")]
    [InlineData("Thursday last year", Thursday, Past, "2024")]
    [InlineData("on Monday next month", Thursday, Future, "2025-12")]
    [InlineData("the Friday before last", Thursday, Past, "2025-11-07")]
    [InlineData("Thursday the 4th", Thursday, Future, "2025-12-04")]
    [InlineData("Thursday the 4th", Thursday, Unknown, "2025-12-04")]
    // Neither this month's 4th nor last month's is a Thursday: a month further back is not meant.
    [InlineData("Thursday the 4th", Thursday, Past, null)]
    [InlineData("on Sunday the 16th", Thursday, Past, "2025-11-16")]
    [InlineData("Tuesday, the 25th", Thursday, Future, "2025-11-25")]
    [InlineData("between the 7th and the 21st", "2025-08-22", Past, "2025-08-07/2025-08-21")]
    [InlineData("THURSDAY 4", "2025-11-30", Future, "2025-12-04")]
    [InlineData("signed on the 3rd of October 2000 by the leaders", null, Unknown, "2000-10-03")]
    [InlineData("on the 26th of January 2007", null, Unknown, "2007-01-26")]
    [InlineData("Friday 5", "2025-11-30", Unknown, "2025-12-05")]
    [InlineData("on Monday 3 officials met", "2025-11-30", Past, "2025-11-24")]
    [InlineData("from the 2nd to the 9th", "2025-08-22", Past, "2025-08-02/2025-08-09")]
    [InlineData("from the 28th to the 30th", "2025-08-22", Future, "2025-08-28/2025-08-30")]
    [InlineData("Thursday the 4th of December", Thursday, Future, "2025-12-04")]
    [InlineData("Friday the 4th of December", Thursday, Future, "2026-12-04")]
    [InlineData("Saturday the 4th of December", Thursday, Past, "2024-12")]
    [InlineData("on Thursday the 4th", "2025-11", Future, null)]
    // Spans whose ends differ in shape.
    [InlineData("from Monday to Wednesday next week", Thursday, Future, "2025-11-24/2025-11-26")]
    [InlineData("on Friday and Saturday next week", Thursday, Future, "2025-11-28/2025-11-29")]
    [InlineData("Monday to Wednesday next week", Thursday, Future, "2025-11-24/2025-11-26")]
    [InlineData("between Tuesday and Thursday next week", Thursday, Future, "2025-11-25/2025-11-27")]
    [InlineData("Monday-Wednesday last week", Thursday, Past, "2025-11-10/2025-11-12")]
    [InlineData("from Friday to Sunday", Thursday, Future, "2025-11-21/2025-11-23")]
    [InlineData("from Monday through Wednesday", Thursday, Past, "2025-11-17/2025-11-19")]
    [InlineData("from 4 to 22 this month", Thursday, Unknown, "2025-11-04/2025-11-22")]
    [InlineData("between 1 and 3 next month", Thursday, Future, "2025-12-01/2025-12-03")]
    [InlineData("on 10-12 of next month", Thursday, Future, "2025-12-10/2025-12-12")]
    [InlineData("between 2015 and Feb 2018", null, Unknown, "2015/2018-02")]
    [InlineData("from 2014 to March 2019", null, Unknown, "2014/2019-03")]
    [InlineData("from May 2014 to 2019", null, Unknown, "2014-05/2019")]
    [InlineData("between 4 June 2014 and 2016", null, Unknown, "2014-06-04/2016")]
    [InlineData("from January 2020 until December 2021", null, Unknown, "2020-01/2021-12")]
    [InlineData("Trade grew from 2019 to last year.", Thursday, Past, "2019/2024")]
    [InlineData("between last year and 2030", Thursday, Unknown, "2024/2030")]
    [InlineData("from yesterday until Friday", Thursday, Unknown, "2025-11-19/2025-11-21")]
    [InlineData("from this month to March", Thursday, Future, "2025-11/2026-03")]
    [InlineData("from this month to March", Thursday, Past, null)]
    // A day of the month named with a month counted from the as-of month.
    [InlineData("the 4th of next month", Thursday, Future, "2025-12-04")]
    [InlineData("on the 21st of this month", Thursday, Future, "2025-11-21")]
    [InlineData("the 30th of next month", "2025-10-05", Future, "2025-11-30")]
    [InlineData("Putin arrived on the 15th in Moscow.", Thursday, Past, "2025-11-15")]
    [InlineData("They will meet on the 3rd, the ministry said.", Thursday, Future, "2025-12-03")]
    [InlineData("They met on the 3rd, the ministry said.", Thursday, Past, "2025-11-03")]
    [InlineData("on the 31st.", Thursday, Past, "2025-10-31")]
    [InlineData("on the 4th", "2025-11", Past, null)]
    [InlineData("the 31st of next month", "2025-10-05", Future, null)]
    // Parts of periods keep the period: never a finer date than the period itself.
    [InlineData("by the end of the year", Thursday, Future, "2025")]
    [InlineData("by the end of the month", Thursday, Future, "2025-11")]
    [InlineData("at the start of the year", Thursday, Past, "2025")]
    [InlineData("towards the middle of the month", Thursday, Unknown, "2025-11")]
    [InlineData("end of the year", Thursday, Future, "2025")]
    [InlineData("the end of next month", Thursday, Future, "2025-12")]
    [InlineData("by the end of this week", Thursday, Future, "2025-11")]
    [InlineData("later this month", Thursday, Future, "2025-11")]
    [InlineData("earlier this week", Thursday, Past, "2025-11")]
    [InlineData("early next week", Thursday, Future, "2025-11")]
    [InlineData("late next month", Thursday, Future, "2025-12")]
    [InlineData("early next year", Thursday, Future, "2026")]
    [InlineData("later this year", Thursday, Future, "2025")]
    [InlineData("mid-next year", Thursday, Future, "2026")]
    [InlineData("the beginning of last year", Thursday, Past, "2024")]
    [InlineData("by the end of 2026", Thursday, Future, "2026")]
    // Offsets from an anchor: the anchor is read, then counted from.
    [InlineData("the day after tomorrow", Thursday, Future, "2025-11-22")]
    [InlineData("the day before yesterday", Thursday, Past, "2025-11-18")]
    [InlineData("three days after January 12", Thursday, Past, "2025-01-15")]
    [InlineData("two days before December 4", Thursday, Future, "2025-12-02")]
    [InlineData("the day after December 4", Thursday, Future, "2025-12-05")]
    [InlineData("a week after December 4, 2025", null, Unknown, "2025-12-11")]
    [InlineData("three weeks before 15 January 2026", null, Unknown, "2025-12-25")]
    [InlineData("one day after 21/04/2016", null, Unknown, "2016-04-22")]
    [InlineData("10 days from now", Thursday, Future, "2025-11-30")]
    [InlineData("fifteen days ago", Thursday, Past, "2025-11-05")]
    [InlineData("twenty years ago", Thursday, Past, "2005")]
    [InlineData("twenty-five years ago", Thursday, Past, "2000")]
    [InlineData("some twenty five years ago", Thursday, Past, "2000")]
    [InlineData("Twenty-five years ago today", Thursday, Past, "2000-11-20")]
    [InlineData("two decades ago today", Thursday, Past, "2005-11-20")]
    [InlineData("six months ago today", Thursday, Past, "2025-05-20")]
    [InlineData("three weeks ago today", Thursday, Past, "2025-10-30")]
    [InlineData("Forty-two days ago", Thursday, Past, "2025-10-09")]
    [InlineData("a decade ago", Thursday, Past, "2015")]
    [InlineData("two decades ago", Thursday, Past, "2005")]
    [InlineData("fifty years after 1971", null, Unknown, "2021")]
    [InlineData("a month from now", Thursday, Future, "2025-12-20")]
    [InlineData("The summit will be held in two weeks.", Thursday, Future, "2025-12-04")]
    [InlineData("In three days, the leaders will meet.", Thursday, Future, "2025-11-23")]
    [InlineData("in a week", Thursday, Future, "2025-11-27")]
    [InlineData("a week from today", Thursday, Future, "2025-11-27")]
    [InlineData("two years after 2014", null, Unknown, "2016")]
    [InlineData("three months after July 2024", null, Unknown, "2024-10")]
    [InlineData("a year before the 2024 summit", null, Unknown, "2023")]
    [InlineData("a year after the 1990s", null, Unknown, null)]
    [InlineData("the week after next", "2025-11-05", Future, "2025-11")]
    [InlineData("the year before last", Thursday, Past, "2023")]
    [InlineData("two days after Monday", "2025-11-20", Past, "2025-11-19")]
    [InlineData("three days after January", Thursday, Past, null)]
    // The nth weekday of a month.
    [InlineData("the first Monday of December", Thursday, Future, "2025-12-01")]
    [InlineData("the first Monday of December", "2025-12-03", Past, "2025-12-01")]
    [InlineData("the first Monday of December", "2025-12-03", Future, "2026-12-07")]
    [InlineData("the last Friday of November 2025", null, Unknown, "2025-11-28")]
    [InlineData("the second Tuesday of next month", Thursday, Future, "2025-12-09")]
    [InlineData("the third Thursday in January 2026", null, Unknown, "2026-01-15")]
    [InlineData("on the 1st Monday of July 2024", null, Unknown, "2024-07-01")]
    [InlineData("the last Sunday of this month", Thursday, Unknown, "2025-11-30")]
    [InlineData("first Monday of this December", Thursday, Future, "2025-12-01")]
    [InlineData("the fifth Monday of February 2025", null, Unknown, null)]
    public void Phrase_is_found_and_resolved(string text, string? asOf, TimeOrientation orientation, string? expected)
    {
        var match = Assert.Single(DateGrammar.FindAll(text));
        var resolved = DateResolver.Resolve(match.Expression, asOf is null ? null : PartialDate.Parse(asOf), orientation);

        Assert.Equal(expected, resolved?.ToString());
        Assert.Equal(match.Expression, DateGrammar.ParseExact(match.Text));
    }

    [Theory]
    // Holidays are named with a weekday but are not that weekday of the week.
    [InlineData("Orthodox believers marked Easter Sunday in Moscow.")]
    [InlineData("The offices close on Good Friday.")]
    [InlineData("Ash Wednesday and Palm Sunday fell early.")]
    [InlineData("Black Friday sales; Easter Monday; Super Tuesday; Maundy Thursday; Holy Saturday.")]
    // Counted from something that is not a date, or with no count: the anchor is not the day meant.
    [InlineData("Putin arrived a day after the summit ended.")]
    [InlineData("The deal came days after January 12.")]
    [InlineData("Weeks before December 4 the talks stalled.")]
    [InlineData("Three days later, the leaders met again.")]
    [InlineData("The next day the leaders signed; the following week they left.")]
    [InlineData("over the next two days; over the weekend; within days; weekend talks")]
    // Numbers that look like dates but are not whole ones.
    [InlineData("The Sun reported on Wed that Mon was fine.")]
    [InlineData("The delegation returns on Friday week.")]
    // A year or week the story names, not the as-of date: "that year", "the same year", "the following week".
    [InlineData("Modi went to Kazan in October that year.")]
    [InlineData("He returned in March of the same year.")]
    [InlineData("They met again on Monday the following week.")]
    [InlineData("The treaty entered into force in October the next year.")]
    [InlineData("on Monday that week; on the 15th of that month")]
    [InlineData("They march 4 miles; you may 3 times; on 4 september the talks")]
    [InlineData("The leaders met during the week of October 6th.")]
    [InlineData("21/04/16")]
    [InlineData("31/13/2020 and 32.01.2020 and 0/5/2020")]
    [InlineData("version 1.2.2024.5 of the firmware")]
    [InlineData("FY2024-26 target; S-400 deliveries; 2021.5 percent")]
    [InlineData("Inflation was 08.08 per cent; growth reached 10.12%; firmware 12.05")]
    // Ordinals and days with no month to place them.
    [InlineData("the 22nd summit; the 4th round; the first Monday meeting")]
    [InlineData("on the 22nd anniversary of the partnership; in 10 days of talks; in the 2nd half")]
    public void Gives_no_date_for_what_is_half_understood(string text)
    {
        var asOf = PartialDate.Parse(Thursday);
        foreach (var orientation in new[] { Past, Future, Unknown })
        {
            Assert.All(DateGrammar.FindAll(text), match => Assert.Null(DateResolver.Resolve(match.Expression, asOf, orientation)));
        }
    }

    [Theory]
    [InlineData("They meet on Monday and Thursday next week.", "Thursday next week")]
    [InlineData("Thursday last year the leaders spoke.", "last year")]
    [InlineData("Modi met Putin days after January 12 and again on January 30.", "on January 30")]
    [InlineData("The offices close on Good Friday and reopen on Monday.", "on Monday")]
    [InlineData("On 5.12.2025 the leaders signed 16 agreements, three days after the talks of 2 December 2025.", "On 5.12.2025|2 December 2025")]
    [InlineData("They spoke twice, on 08.08 and 18.08, and growth was 10.12%.", "on 08.08|18.08")]
    public void Finds_only_the_phrases_it_understands(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|'), DateGrammar.FindAll(sentence).Select(match => match.Text));
    }

    [Theory]
    [InlineData("India and Russia aim to raise trade to $100 billion by 2030.", "2030", DateBoundary.By)]
    [InlineData("The target was set to be met by the end of 2025.", "the end of 2025", DateBoundary.By)]
    [InlineData("Ties have deepened since 1971.", "1971", DateBoundary.Since)]
    [InlineData("Ever since 2014 the two sides have met yearly.", "2014", DateBoundary.Since)]
    [InlineData("The programme runs until 2030.", "2030", DateBoundary.Until)]
    [InlineData("Supplies are contracted through 2030.", "2030", DateBoundary.Until)]
    [InlineData("The sanctions stay till March.", "March", DateBoundary.Until)]
    [InlineData("The deal must be signed before December.", "December", DateBoundary.By)]
    [InlineData("Russia has supplied reactors from 2014 onwards.", "2014", DateBoundary.Since)]
    [InlineData("The roadmap covers cooperation up to 2030.", "2030", DateBoundary.Until)]
    [InlineData("It was the first summit held in India since 2021.", "2021", DateBoundary.Since)]
    [InlineData("Putin visited New Delhi in 2021.", "in 2021", DateBoundary.None)]
    [InlineData("The leaders met on December 4.", "on December 4", DateBoundary.None)]
    public void Marks_the_bounds_of_periods(string sentence, string phrase, DateBoundary boundary)
    {
        var match = Assert.Single(DateGrammar.FindAll(sentence));

        Assert.Equal(phrase, match.Text);
        Assert.Equal(boundary, match.Boundary);
        Assert.Equal(boundary == DateBoundary.None, match.CanDateEvent);
    }

    [Theory]
    [InlineData("The 2021-2031 programme for military-technical cooperation", "2021-2031")]
    [InlineData("the long-term programme for 2021–2030 was signed", "2021–2030")]
    [InlineData("defence cooperation dating back to the 1960s", "the 1960s")]
    public void Spans_of_years_do_not_date_an_event(string sentence, string phrase)
    {
        var match = Assert.Single(DateGrammar.FindAll(sentence));

        Assert.Equal(phrase, match.Text);
        Assert.False(match.CanDateEvent);
    }

    [Fact]
    public void Finds_each_form_in_running_text()
    {
        const string text = "The leaders met on 21/04/2016 and again on Friday next week's eve; a deal is due by the end of the year, "
            + "three days after January 12, and talks run from Monday to Wednesday next week, not on Easter Sunday.";

        var found = DateGrammar.FindAll(text).Select(match => match.Text);

        Assert.Equal(
            ["on 21/04/2016", "on Friday next week", "the end of the year", "three days after January 12", "from Monday to Wednesday next week"],
            found);
    }
}
