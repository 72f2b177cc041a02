using BharatBrief.Ingestion.Dates;
using Xunit.Abstractions;

namespace BharatBrief.Ingestion.Tests.Dates;

/// <summary>
/// The classes of date phrase that mature date parsers test themselves on, in phrasings of our own, limited to the forms
/// news about meetings uses. Most rows read against Tuesday, 12 February 2013 (whose week runs from Monday 11 to Sunday
/// 17 February), the reference time those corpora share.
/// </summary>
/// <remarks>
/// Each row gives the true date at the precision the project keeps (weeks as their month when they lie within one,
/// parts of periods as the period, seasons as their year) and, where the grammar knowingly says less, what it says
/// instead: no date, or a coarser one that covers the truth. A date that is neither is silently wrong, and no row may give one.
/// </remarks>
public sealed class PeerCorpusTableTests(ITestOutputHelper output)
{
    private const TimeOrientation U = TimeOrientation.Unknown;
    private const TimeOrientation P = TimeOrientation.Past;
    private const TimeOrientation F = TimeOrientation.Future;

    /// <summary>Tuesday, 12 February 2013.</summary>
    private const string T = "2013-02-12";

    /// <summary>Marks a row whose expected reading is its truth.</summary>
    private const string Same = "=";

    public sealed record Row(string Class, string Text, string? AsOf, TimeOrientation Orientation, string? Truth, string? Expected)
    {
        public override string ToString() => $"[{Class}] {Text} @{AsOf ?? "-"} {Orientation}";
    }

    private static Row R(string @class, string text, string? asOf, TimeOrientation orientation, string? truth, string? expected = Same) =>
        new(@class, text, asOf, orientation, truth, expected == Same ? truth : expected);

    public static readonly Row[] Rows =
    [
        // Numeric dates with a year: day first unless the first number cannot be a day's month.
        R("numeric", "The memorandum was signed on 15/02/2013.", null, U, "2013-02-15"),
        R("numeric", "15.02.2013", null, U, "2013-02-15"),
        R("numeric", "2013-02-15", null, U, "2013-02-15"),
        R("numeric", "2/15/2013", null, U, "2013-02-15"),
        R("numeric", "10/31/1974", null, U, "1974-10-31"),
        R("numeric", "10.31.1974", null, U, "1974-10-31"),
        R("numeric", "10-31-1974", null, U, "1974-10-31"),
        R("numeric", "3/3/2015", null, U, "2015-03-03"),
        R("numeric", "2015-3-3", null, U, "2015-03-03"),
        R("numeric", "03/04/2015", null, U, "2015-04-03"),
        R("numeric", "31/12/2019", null, U, "2019-12-31"),
        R("numeric", "1.2.2020", null, U, "2020-02-01"),
        R("numeric", "2014-12-12T12:33:39-08:00", null, U, "2014-12-12"),
        R("numeric", "on 26.01.2013 in Delhi", null, U, "2013-01-26"),
        R("numeric", "Dated 09/05/2015, Moscow", null, U, "2015-05-09"),
        R("numeric", "the 2015/03/03 release", null, U, "2015-03-03"),
        // Two-digit years are not read: "3/3/15" may be a ratio or a reference number.
        R("numeric", "3/3/15", T, U, "2015-03-03", null),
        R("numeric", "10-31-74", T, U, "1974-10-31", null),

        // Day, month name, year.
        R("day-month-year", "15 February 2013", null, U, "2013-02-15"),
        R("day-month-year", "15th February 2013", null, U, "2013-02-15"),
        R("day-month-year", "15 Feb 2013", null, U, "2013-02-15"),
        R("day-month-year", "15 Feb. 2013", null, U, "2013-02-15"),
        R("day-month-year", "15th of February, 2013", null, U, "2013-02-15"),
        R("day-month-year", "the 15th of February 2013", null, U, "2013-02-15"),
        R("day-month-year", "on the 1st of March 2013", null, U, "2013-03-01"),
        R("day-month-year", "Friday, 15 February 2013", null, U, "2013-02-15"),
        R("day-month-year", "15-Feb-2013", null, U, "2013-02-15"),
        R("day-month-year", "friday, 03 september 2014", null, U, "2014-09-03"),
        R("day-month-year", "25th march 2015 , in the report", null, U, "2015-03-25"),
        R("day-month-year", "Germany invaded Poland on 1 September 1939.", null, U, "1939-09-01"),
        R("day-month-year", "the war ended on 2 September 1945", null, U, "1945-09-02"),
        R("day-month-year", "on 22 June 1941 the attack began", null, U, "1941-06-22"),
        R("day-month-year", "9 May 1945", null, U, "1945-05-09"),
        R("day-month-year", "26 January 1950", null, U, "1950-01-26"),
        R("day-month-year", "06 Sep 2015", null, U, "2015-09-06"),
        R("day-month-year", "28 Oct 2014 16:39:01 +0000", null, U, "2014-10-28"),
        R("day-month-year", "On 16 June 1944 the raids began.", null, U, "1944-06-16"),
        R("day-month-year", "4 Sept 2017", null, U, "2017-09-04"),
        R("day-month-year", "1st Jan 2020", null, U, "2020-01-01"),
        R("day-month-year", "31 Dec. 2019", null, U, "2019-12-31"),

        // Month name, day, year.
        R("month-day-year", "February 15, 2013", null, U, "2013-02-15"),
        R("month-day-year", "Feb 15, 2013", null, U, "2013-02-15"),
        R("month-day-year", "Feb. 15, 2013", null, U, "2013-02-15"),
        R("month-day-year", "February 15th, 2013", null, U, "2013-02-15"),
        R("month-day-year", "Feb 15 2013", null, U, "2013-02-15"),
        R("month-day-year", "Sept. 3, 2014", null, U, "2014-09-03"),
        R("month-day-year", "Sep 03 2014", null, U, "2014-09-03"),
        R("month-day-year", "last updated Aug 06, 2018 05:05 PM CDT", null, U, "2018-08-06"),
        R("month-day-year", "April 14, 2015", null, U, "2015-04-14"),
        R("month-day-year", "march 3rd 2015", null, U, "2015-03-03"),
        R("month-day-year", "March 3rd, 2015", null, U, "2015-03-03"),
        R("month-day-year", "Friday, February 15, 2013", null, U, "2013-02-15"),
        R("month-day-year", "Fri, Feb 15, 2013", null, U, "2013-02-15"),
        R("month-day-year", "Jul 18, 2014", null, U, "2014-07-18"),
        R("month-day-year", "Thu., Sept. 3, 2015", null, U, "2015-09-03"),
        R("month-day-year", "October 2, 1935", null, U, "1935-10-02"),
        R("month-day-year", "Dec 05, 2025 09:15 IST", null, U, "2025-12-05"),
        R("month-day-year", "August 15, 1945.", null, U, "1945-08-15"),
        R("month-day-year", "Oct. 3, 2000", null, U, "2000-10-03"),
        R("month-day-year", "January 1st, 2014", null, U, "2014-01-01"),
        R("month-day-year", "June 2nd 2016", null, U, "2016-06-02"),
        R("month-day-year", "Nov 30, 2025", null, U, "2025-11-30"),
        R("month-day-year", "SEPTEMBER 3, 2014", null, U, "2014-09-03"),
        R("month-day-year", "Fri, Jul 18, 2014 07:00 PM", null, U, "2014-07-18"),
        R("month-day-year", "June 30th, 2019", null, U, "2019-06-30"),

        // Month and year.
        R("month-year", "October 2014", null, U, "2014-10"),
        R("month-year", "Oct 2014", null, U, "2014-10"),
        R("month-year", "in Oct. 2014", null, U, "2014-10"),
        R("month-year", "in October, 2014", null, U, "2014-10"),
        R("month-year", "October of 2014", null, U, "2014-10"),
        R("month-year", "in Sept 2014", null, U, "2014-09"),
        R("month-year", "March 2013", null, U, "2013-03"),
        R("month-year", "May 2015", null, U, "2015-05"),
        R("month-year", "in may 2015", null, U, "2015-05", "2015"),
        R("month-year", "In March 1938 Austria was annexed.", null, U, "1938-03"),
        R("month-year", "July 1937", null, U, "1937-07"),
        R("month-year", "September 1939", null, U, "1939-09"),
        R("month-year", "since December 2019", null, U, "2019-12"),
        R("month-year", "Feb 2018", null, U, "2018-02"),

        // Years.
        R("year", "1954", null, U, "1954"),
        R("year", "in 2013", null, U, "2013"),
        R("year", "In 1920 the League was founded.", null, U, "1920"),
        R("year", "the year 2010", null, U, "2010"),
        R("year", "in the year 2000", null, U, "2000"),
        R("year", "the 2014 summit", null, U, "2014"),
        R("year", "2013's summit", null, U, "2013"),
        R("year", "during 1998", null, U, "1998"),
        R("year", "1937 saw the war widen", null, U, "1937"),

        // Months without a year: the tense chooses the year.
        R("month", "in March", T, U, "2013-03"),
        R("month", "They met in March.", T, P, "2012-03"),
        R("month", "They will meet in March.", T, F, "2013-03"),
        R("month", "in January", T, P, "2013-01"),
        R("month", "in January", T, F, "2014-01"),
        R("month", "in February", T, P, "2013-02"),
        R("month", "in February", T, F, "2013-02"),
        R("month", "in December", T, P, "2012-12"),
        R("month", "in December", T, F, "2013-12"),
        R("month", "last March", T, U, "2012-03"),
        R("month", "next March", T, U, "2013-03"),
        R("month", "this March", T, U, "2013-03"),
        R("month", "this December", T, U, "2013-12"),
        R("month", "last December", T, U, "2012-12"),
        R("month", "next January", T, U, "2014-01"),
        R("month", "in March next year", T, F, "2014-03"),
        R("month", "in March last year", T, P, "2012-03"),
        R("month", "in March this year", T, F, "2013-03"),
        R("month", "December of last year", T, P, "2012-12"),
        R("month", "in July", T, P, "2012-07"),
        R("month", "by September", T, F, "2013-09"),
        R("month", "since October", T, P, "2012-10"),
        R("month", "during August", T, P, "2012-08"),
        R("month", "the November summit", T, P, "2012-11"),
        R("month", "his June visit", T, F, "2013-06"),
        R("month", "until May", T, F, "2013-05"),

        // Days without a year: the tense chooses the year.
        R("yearless", "on March 3", T, P, "2012-03-03"),
        R("yearless", "on March 3", T, F, "2013-03-03"),
        R("yearless", "on 3 March", T, F, "2013-03-03"),
        R("yearless", "Feb 15", T, F, "2013-02-15"),
        R("yearless", "Feb 15", T, P, "2012-02-15"),
        R("yearless", "February 10", T, P, "2013-02-10"),
        R("yearless", "February 10", T, F, "2014-02-10"),
        R("yearless", "the 15th of February", T, F, "2013-02-15"),
        R("yearless", "February the 15th", T, F, "2013-02-15"),
        R("yearless", "15th February", T, F, "2013-02-15"),
        R("yearless", "Aug 8", T, F, "2013-08-08"),
        R("yearless", "the 1st of March", T, F, "2013-03-01"),
        R("yearless", "July 13th", T, F, "2013-07-13"),
        R("yearless", "on 4 July", T, P, "2012-07-04"),
        R("yearless", "MOSCOW, Feb 11 (Reuters) -", T, P, "2013-02-11"),
        R("yearless", "on Dec. 4", T, P, "2012-12-04"),
        R("yearless", "Sept 30", T, F, "2013-09-30"),
        R("yearless", "on 12 February", T, P, "2013-02-12"),
        R("yearless", "on 12 February", T, F, "2013-02-12"),
        R("yearless", "on February 29", T, P, "2012-02-29"),
        R("yearless", "on 31 January", T, U, "2013-01-31"),
        R("yearless", "on the 15th", T, F, "2013-02-15"),
        R("yearless", "on the 15th", T, P, "2013-01-15"),
        R("yearless", "on the 1st", T, F, "2013-03-01"),

        // A weekday named with the date must agree with the year chosen.
        R("weekday-date", "Monday, Feb 18", T, U, "2013-02-18"),
        R("weekday-date", "Mon, February 18", T, U, "2013-02-18"),
        R("weekday-date", "Sunday, Feb 10", T, U, "2013-02-10"),
        R("weekday-date", "Wed, Feb 13", T, U, "2013-02-13"),
        R("weekday-date", "Fri, Jul 18", T, F, "2014-07-18"),
        R("weekday-date", "Tuesday the 19th", T, F, "2013-02-19"),
        R("weekday-date", "Tuesday 19th", T, F, "2013-02-19"),
        R("weekday-date", "on Thursday the 14th", T, F, "2013-02-14"),
        R("weekday-date", "Friday the 8th", T, P, "2013-02-08"),
        R("weekday-date", "Monday, 18 February", T, F, "2013-02-18"),
        R("weekday-date", "Saturday, March 2", T, F, "2013-03-02"),
        R("weekday-date", "Friday, March 2", T, F, "2013-03", "2013-03"),

        // Weekdays alone and with next, last, this, coming, past.
        R("weekday", "on Monday", T, P, "2013-02-11"),
        R("weekday", "on Monday", T, F, "2013-02-18"),
        R("weekday", "on Friday", T, F, "2013-02-15"),
        R("weekday", "on Friday", T, P, "2013-02-08"),
        R("weekday", "on Tuesday", T, P, "2013-02-12"),
        R("weekday", "on Tuesday", T, F, "2013-02-19"),
        R("weekday", "Sunday", T, P, "2013-02-10"),
        R("weekday", "on Wednesday", T, F, "2013-02-13"),
        R("weekday", "The leaders spoke by phone on Saturday.", T, P, "2013-02-09"),
        R("weekday", "Putin will arrive on Thursday.", T, F, "2013-02-14"),
        R("weekday", "next Tuesday", T, U, "2013-02-19"),
        R("weekday", "next Wednesday", T, U, "2013-02-13"),
        R("weekday", "next Monday", T, U, "2013-02-18"),
        R("weekday", "last Sunday", T, U, "2013-02-10"),
        R("weekday", "last Tuesday", T, U, "2013-02-05"),
        R("weekday", "last Friday", T, U, "2013-02-08"),
        R("weekday", "this Friday", T, F, "2013-02-15"),
        R("weekday", "this Monday", T, P, "2013-02-11"),
        R("weekday", "coming Friday", T, F, "2013-02-15"),
        R("weekday", "this coming Monday", T, F, "2013-02-18"),
        R("weekday", "this past Sunday", T, P, "2013-02-10"),
        R("weekday", "past Monday", T, P, "2013-02-11"),
        R("weekday", "Friday after next", T, F, "2013-02-22"),
        R("weekday", "the Wednesday after next", T, F, "2013-02-20"),
        R("weekday", "Monday next", T, F, "2013-02-18"),
        R("weekday", "Thursday last", T, P, "2013-02-07"),
        R("weekday", "Monday's talks", T, P, "2013-02-11"),
        R("weekday", "on Sunday evening", T, P, "2013-02-10"),
        R("weekday", "on the coming Saturday", T, F, "2013-02-16"),

        // A weekday of a named week.
        R("weekday-week", "Wednesday of next week", T, U, "2013-02-20"),
        R("weekday-week", "Wednesday next week", T, U, "2013-02-20"),
        R("weekday-week", "Monday of this week", T, U, "2013-02-11"),
        R("weekday-week", "Tuesday of this week", T, U, "2013-02-12"),
        R("weekday-week", "on Friday last week", T, P, "2013-02-08"),
        R("weekday-week", "Thursday this week", T, F, "2013-02-14"),
        R("weekday-week", "on Monday next week", T, F, "2013-02-18"),
        R("weekday-week", "Saturday and Sunday next week", T, F, "2013-02-23/2013-02-24"),
        R("weekday-week", "on Tuesday, next week", T, F, "2013-02-19"),

        // Weeks, months and years counted from the as-of date; a week is its month when it lies within one.
        R("relative", "this week", T, U, "2013-02"),
        R("relative", "last week", T, P, "2013-02"),
        R("relative", "next week", T, F, "2013-02"),
        R("relative", "the week after next", T, F, null),
        R("relative", "the week before last", T, P, null),
        R("relative", "next month", T, F, "2013-03"),
        R("relative", "last month", T, P, "2013-01"),
        R("relative", "this month", T, U, "2013-02"),
        R("relative", "the month after next", T, F, "2013-04"),
        R("relative", "the previous month", T, P, "2013-01"),
        R("relative", "this year", T, U, "2013"),
        R("relative", "last year", T, P, "2012"),
        R("relative", "next year", T, F, "2014"),
        R("relative", "the year after next", T, F, "2015"),
        R("relative", "the year before last", T, P, "2011"),
        R("relative", "the previous year", T, P, "2012"),
        R("relative", "the current year", T, U, "2013"),
        R("relative", "by the end of the current year", T, F, "2013"),
        R("relative", "in October the current year", T, F, "2013-10"),
        R("relative", "in the current month", T, U, "2013-02"),
        R("relative", "current week", T, U, "2013-02"),
        R("relative", "today", T, U, "2013-02-12"),
        R("relative", "yesterday", T, P, "2013-02-11"),
        R("relative", "tomorrow", T, F, "2013-02-13"),
        R("relative", "tonight", T, F, "2013-02-12"),
        R("relative", "the coming week", T, F, "2013-02"),
        R("relative", "the past week", T, P, "2013-02"),
        R("relative", "the coming year", T, F, "2014", "2013/2014"),
        R("relative", "the past year", T, P, "2012/2013"),
        R("relative", "in the coming month", T, F, "2013-03", "2013-02/2013-03"),

        // Parts of periods keep the period.
        R("part", "early March", T, F, "2013-03"),
        R("part", "mid-March", T, F, "2013-03"),
        R("part", "late March", T, P, "2012-03"),
        R("part", "early March 2014", null, U, "2014-03"),
        R("part", "mid-2014", null, U, "2014"),
        R("part", "late 2012", null, U, "2012"),
        R("part", "the end of the year", T, F, "2013"),
        R("part", "end of the year", T, F, "2013"),
        R("part", "by the end of next month", T, F, "2013-03"),
        R("part", "later this month", T, F, "2013-02"),
        R("part", "earlier this month", T, P, "2013-02"),
        R("part", "earlier this year", T, P, "2013"),
        R("part", "later this year", T, F, "2013"),
        R("part", "at the end of March", T, F, "2013-03"),
        R("part", "the beginning of April", T, F, "2013-04"),
        R("part", "the middle of next year", T, F, "2014"),
        R("part", "the start of 2014", null, U, "2014"),
        R("part", "by end-March", T, F, "2013-03"),
        R("part", "the middle of the month", T, U, "2013-02"),
        R("part", "mid-February", T, U, "2013-02"),
        R("part", "in early 2013", null, U, "2013"),
        R("part", "late last year", T, P, "2012"),
        R("part", "early next month", T, F, "2013-03"),
        R("part", "the end of last month", T, P, "2013-01"),
        R("part", "towards the end of this year", T, F, "2013"),
        R("part", "the second week of May", T, F, "2013-05"),
        R("part", "the first week of October 2014", null, U, "2014-10"),
        R("part", "the last week of September 2014", null, U, "2014-09"),
        R("part", "the third week of March", T, F, "2013-03"),
        R("part", "in the first week of next month", T, F, "2013-03"),
        R("part", "the last day of October 2015", null, U, "2015-10-31"),
        R("part", "the first day of March", T, F, "2013-03-01"),
        R("part", "the first half of 2024", null, U, "2024-01/2024-06"),
        R("part", "the second half of 2013", null, U, "2013-07/2013-12"),
        R("part", "the first half of the year", T, U, "2013-01/2013-06"),
        R("part", "in the second half of this year", T, F, "2013-07/2013-12"),
        R("part", "the second half of next year", T, F, "2014-07/2014-12"),
        R("part", "H1 2024", null, U, "2024-01/2024-06"),
        R("part", "the last day of March", T, F, "2013-03-31"),
        R("part", "the last day of February", T, F, "2013-02-28", "2013-02"),
        R("part", "the first day of next month", T, F, "2013-03-01"),
        R("part", "the second half of the year", T, F, "2013-07/2013-12"),

        // The nth weekday of a month.
        R("nth-weekday", "the first Monday of March", T, F, "2013-03-04"),
        R("nth-weekday", "last Monday of March", T, F, "2013-03-25"),
        R("nth-weekday", "last Sunday of March 2014", null, U, "2014-03-30"),
        R("nth-weekday", "first Tuesday of October", T, F, "2013-10-01"),
        R("nth-weekday", "first Tuesday in October", T, F, "2013-10-01"),
        R("nth-weekday", "third Tuesday of September 2014", null, U, "2014-09-16"),
        R("nth-weekday", "second Wednesday of October 2014", null, U, "2014-10-08"),
        R("nth-weekday", "the first Wednesday of October 2014", null, U, "2014-10-01"),
        R("nth-weekday", "the second Tuesday of next month", T, F, "2013-03-12"),
        R("nth-weekday", "the last Friday of this month", T, U, "2013-02-22"),
        R("nth-weekday", "the 2nd Monday in January", T, P, "2013-01-14"),
        R("nth-weekday", "on the first Monday of December", T, F, "2013-12-02"),
        R("nth-weekday", "the fourth Thursday of November 2013", null, U, "2013-11-28"),

        // Offsets from an anchor.
        R("offset", "three days after January 12", T, P, "2013-01-15"),
        R("offset", "two weeks from now", T, F, "2013-02-26"),
        R("offset", "a week from today", T, F, "2013-02-19"),
        R("offset", "in 7 days", T, F, "2013-02-19"),
        R("offset", "in a week", T, F, "2013-02-19"),
        R("offset", "7 days ago", T, P, "2013-02-05"),
        R("offset", "a week ago", T, P, "2013-02-05"),
        R("offset", "three weeks ago", T, P, "2013-01-22"),
        R("offset", "three months ago", T, P, "2012-11"),
        R("offset", "two years ago", T, P, "2011"),
        R("offset", "a fortnight ago", T, P, "2013-01-29"),
        R("offset", "14 days ago", T, P, "2013-01-29"),
        R("offset", "3 years from today", T, F, "2016-02-12"),
        R("offset", "the day after tomorrow", T, F, "2013-02-14"),
        R("offset", "the day before yesterday", T, P, "2013-02-10"),
        R("offset", "day after tomorrow", T, F, "2013-02-14"),
        R("offset", "two days before March 3", T, F, "2013-03-01"),
        R("offset", "a day after 15 February 2013", null, U, "2013-02-16"),
        R("offset", "10 days from 18th Dec", T, F, "2013-12-28"),
                        R("offset", "a month ago", T, P, "2013-01"),
        R("offset", "six months ago", T, P, "2012-08"),
        R("offset", "a year ago", T, P, "2012"),
        R("offset", "a year from now", T, F, "2014-02-12"),
        R("offset", "in a fortnight", T, F, "2013-02-26"),
        R("offset", "five days before the 2014 election", null, U, null),
        R("offset", "a week after 4 March 2013", null, U, "2013-03-11"),
        R("offset", "two days after Monday", T, P, "2013-02-13"),
        R("offset", "a decade ago", T, P, "2003"),
        R("offset", "in a fortnight's time", T, F, "2013-02-26"),
        R("offset", "two fortnights ago", T, P, "2013-01-15"),
        R("offset", "day before yesterday", T, P, "2013-02-10"),

        // Ranges in every shape.
        R("range", "July 13-15", T, F, "2013-07-13/2013-07-15"),
        R("range", "July 13 to 15", T, F, "2013-07-13/2013-07-15"),
        R("range", "July 13 through 15", T, F, "2013-07-13/2013-07-15"),
        R("range", "July 13 - July 15", T, F, "2013-07-13/2013-07-15"),
        R("range", "from July 13-15", T, F, "2013-07-13/2013-07-15"),
        R("range", "from 13 to 15 July", T, F, "2013-07-13/2013-07-15"),
        R("range", "from 13th to 15th July", T, F, "2013-07-13/2013-07-15"),
        R("range", "Aug 8 - Aug 12", T, F, "2013-08-08/2013-08-12"),
        R("range", "May 21–23", T, F, "2013-05-21/2013-05-23"),
        R("range", "21 to 23 May 2024", null, U, "2024-05-21/2024-05-23"),
        R("range", "21-23 May 2024", null, U, "2024-05-21/2024-05-23"),
        R("range", "from 4 to 22 this month", T, U, "2013-02-04/2013-02-22"),
        R("range", "between 4 and 6 March", T, F, "2013-03-04/2013-03-06"),
        R("range", "between 2015 and Feb 2018", null, U, "2015/2018-02"),
        R("range", "from 2010 to 2012", null, U, "2010/2012"),
        R("range", "2010-2012", null, U, "2010/2012"),
        R("range", "between 1998 and 2001", null, U, "1998/2001"),
        R("range", "from March to May", T, F, "2013-03/2013-05"),
        R("range", "March–May 2014", null, U, "2014-03/2014-05"),
        R("range", "from March to May 2014", null, U, "2014-03/2014-05"),
        R("range", "between March and May", T, F, "2013-03/2013-05"),
        R("range", "from Monday to Wednesday next week", T, F, "2013-02-18/2013-02-20"),
        R("range", "Monday through Friday", T, F, "2013-02-18/2013-02-22"),
        R("range", "from Thursday to Saturday", T, F, "2013-02-14/2013-02-16"),
        R("range", "from February 28 to March 2", T, F, "2013-02-28/2013-03-02"),
        R("range", "28 February – 2 March 2013", null, U, "2013-02-28/2013-03-02"),
        R("range", "December 30, 2012 – January 2, 2013", null, U, "2012-12-30/2013-01-02"),
        R("range", "from 15 February to 20 March 2013", null, U, "2013-02-15/2013-03-20"),
        R("range", "2012-13", null, U, "2012/2013"),
        R("range", "from the 4th to the 9th", T, P, "2013-02-04/2013-02-09"),
        R("range", "from today until Friday", T, F, "2013-02-12/2013-02-15"),
        R("range", "between Monday and Wednesday", T, F, "2013-02-18/2013-02-20"),
        R("range", "from 10 to 12 March", T, F, "2013-03-10/2013-03-12"),
        R("range", "on 10 and 11 March", T, F, "2013-03-10/2013-03-11"),
        R("range", "March 10 and 11", T, F, "2013-03-10/2013-03-11"),
        R("range", "from 2 to 5 April, 2013", null, U, "2013-04-02/2013-04-05"),
        R("range", "the 21st to the 23rd of May", T, F, "2013-05-21/2013-05-23"),
        R("range", "21st-23rd May", T, F, "2013-05-21/2013-05-23"),
        R("range", "from May 21 to May 23, 2024", null, U, "2024-05-21/2024-05-23"),
        R("range", "May 21 to 23, 2024", null, U, "2024-05-21/2024-05-23"),
        R("range", "between 21 and 23 May 2024", null, U, "2024-05-21/2024-05-23"),
        R("range", "from January 2020 to March 2021", null, U, "2020-01/2021-03"),
        R("range", "June-July 2014", null, U, "2014-06/2014-07"),
        R("range", "from 2014 until last year", T, P, null),
        R("range", "from Friday to Sunday", T, F, "2013-02-15/2013-02-17"),
        R("range", "Nov. 30–Dec. 2, 2013", null, U, "2013-11-30/2013-12-02"),

        // Quarters: the months they span.
        R("quarter", "Q3 2024", null, U, "2024-07/2024-09"),
        R("quarter", "in Q1 2013", null, U, "2013-01/2013-03"),
        R("quarter", "the fourth quarter of 2018", null, U, "2018-10/2018-12"),
        R("quarter", "the first quarter of 2013", null, U, "2013-01/2013-03"),
        R("quarter", "in the second quarter of 2015", null, U, "2015-04/2015-06"),
        R("quarter", "the 4th quarter of 2018", null, U, "2018-10/2018-12"),
        R("quarter", "this quarter", T, U, "2013-01/2013-03"),
        R("quarter", "next quarter", T, F, "2013-04/2013-06"),
        R("quarter", "last quarter", T, P, "2012-10/2012-12"),
        R("quarter", "the third quarter", T, F, "2013-07/2013-09", null),
        R("quarter", "Q4", T, F, "2013-10/2013-12", null),
        R("quarter", "in the last quarter of 2012", null, U, "2012-10/2012-12"),
        R("quarter", "by the end of this quarter", T, F, "2013-01/2013-03"),
        R("quarter", "the third quarter of this year", T, F, "2013-07/2013-09"),
        R("quarter", "Q2 2013", null, U, "2013-04/2013-06"),
        R("quarter", "in the previous quarter", T, P, "2012-10/2012-12"),

        // Seasons: the year is all that is sure, and winter straddles two.
        R("season", "summer 2014", null, U, "2014"),
        R("season", "in the summer of 2014", null, U, "2014"),
        R("season", "autumn 2012", null, U, "2012"),
        R("season", "in spring 2015", null, U, "2015"),
        R("season", "this summer", T, F, "2013"),
        R("season", "last summer", T, P, "2012"),
        R("season", "next summer", T, F, "2013"),
        R("season", "next spring", T, F, "2013"),
        R("season", "last autumn", T, P, "2012"),
        R("season", "this winter", T, U, null),
        R("season", "winter 2012", null, U, null),
        R("season", "in the winter of 2012", null, U, null),
        R("season", "fall 2013", null, U, "2013"),
        R("season", "in the summer", T, P, "2012"),
        R("season", "last winter", T, P, null),
        R("season", "the fall of 2013", null, U, "2013"),
        R("season", "by spring", T, F, "2013"),

        // Decades.
        R("decade", "the 1990s", null, U, "1990/1999"),
        R("decade", "in the 1960s", null, U, "1960/1969"),
        R("decade", "the early 2000s", null, U, "2000/2009"),
        R("decade", "the mid-1990s", null, U, "1990/1999"),
        R("decade", "the 1980's", null, U, "1980/1989"),
        R("decade", "the '80s", null, U, "1980/1989"),
        R("decade", "the nineties", null, U, "1990/1999"),
        R("decade", "the late 1970s", null, U, "1970/1979"),
        R("decade", "in the early nineties", null, U, "1990/1999"),
        R("decade", "the twenties", null, U, "1920/1929", null),
        R("decade", "the ’70s", null, U, "1970/1979"),

        // Holidays: a fixed day where there is one; none for movable feasts, and never the weekday in the name.
        R("holiday", "on Christmas Day", T, F, "2013-12-25"),
        R("holiday", "Christmas", T, P, "2012-12-25"),
        R("holiday", "Christmas 2012", null, U, "2012-12-25"),
        R("holiday", "on New Year's Day", T, F, "2014-01-01"),
        R("holiday", "New Year's Eve", T, P, "2012-12-31"),
        R("holiday", "on Easter Sunday", T, F, null),
        R("holiday", "Good Friday", T, F, null),
        R("holiday", "on Diwali", T, F, null),
        R("holiday", "Easter Monday", T, F, null),
        R("holiday", "Black Friday", T, F, null),
        R("holiday", "Orthodox Easter", T, F, null),
        R("holiday", "Holy Saturday", T, F, null),
        R("holiday", "on Thanksgiving", T, F, null),
        R("holiday", "by Christmas", T, F, "2013-12-25"),
        R("holiday", "on Christmas Eve 2012", null, U, "2012-12-24"),
        R("holiday", "New Year's Day 2014", null, U, "2014-01-01"),
        R("holiday", "on Republic Day", T, F, null),

        // Parts of the day name their day.
        R("relative", "Modi spoke to Putin last night.", T, P, "2013-02-11"),
        R("relative", "this morning", T, P, "2013-02-12"),
        R("relative", "this evening", T, F, "2013-02-12"),
        R("relative", "this afternoon", T, F, "2013-02-12"),
        R("relative", "yesterday morning", T, P, "2013-02-11"),
        R("relative", "tomorrow evening", T, F, "2013-02-13"),
        R("relative", "the next morning", T, P, null),
        R("relative", "late last night", T, P, "2013-02-11"),
        R("relative", "last evening", T, P, "2013-02-11"),

        // More layouts, as other corpora write them.
        R("range", "August 10 - 22, 2012", null, U, "2012-08-10/2012-08-22"),
        R("range", "10 - 22 August 2012", null, U, "2012-08-10/2012-08-22"),
        R("range", "August 10 to 22 2012", null, U, "2012-08-10/2012-08-22"),
        R("range", "2013-08-10 to 2013-08-22", null, U, "2013-08-10/2013-08-22"),
        R("range", "17 August 2013 - 19 August 2013", null, U, "2013-08-17/2013-08-19"),
        R("range", "Sept 12-14, 2014", null, U, "2014-09-12/2014-09-14"),
        R("range", "Jan 2012 - Feb 2013", null, U, "2012-01/2013-02"),
        R("range", "March 30-April 2", T, F, "2013-03-30/2013-04-02"),
        R("range", "3-5 March", T, F, "2013-03-03/2013-03-05"),
        R("range", "between March 3 and March 5", T, F, "2013-03-03/2013-03-05"),
        R("range", "the 2013-14 season", null, U, "2013/2014"),
        R("range", "from late March to early April", T, F, "2013-03/2013-04"),
        R("range", "between late 2019 and early 2020", null, U, "2019/2020"),
        R("month-year", "Sep-2012", null, U, "2012-09"),
        R("month-year", "Sep. 2012", null, U, "2012-09"),
        R("year", "2012 AD", null, U, "2012"),
        R("year", "in the year 1991", null, U, "1991"),
        R("yearless", "the first of March", T, F, "2013-03-01"),
        R("yearless", "first of March", T, F, "2013-03-01"),
        R("yearless", "15 of February", T, F, "2013-02-15"),
        R("yearless", "on March 3 and 4", T, F, "2013-03-03/2013-03-04"),
        R("yearless", "Sat, Aug 17", T, F, "2013-08-17"),
        R("day-month-year", "Sat, Aug 17 2013", null, U, "2013-08-17"),
        R("day-month-year", "Wednesday 31 December 2014", null, U, "2014-12-31"),
        R("month-day-year", "December 31st 2014", null, U, "2014-12-31"),
        R("weekday", "by Friday", T, F, "2013-02-15"),
        R("weekday", "on Tuesday night", T, P, "2013-02-12"),
        R("weekday", "early on Monday", T, P, "2013-02-11"),
        R("part", "in mid-March", T, F, "2013-03"),
        R("part", "towards the end of March", T, F, "2013-03"),
        R("part", "the end of next week", T, F, "2013-02"),
        R("part", "the 3rd week of May", T, F, "2013-05"),
        R("part", "mid-next month", T, F, "2013-03"),
        R("offset", "5 days ago", T, P, "2013-02-07"),
        R("offset", "in 5 days", T, F, "2013-02-17"),
        R("offset", "2 weeks from now", T, F, "2013-02-26"),
        R("offset", "a day later", T, P, null),
        R("offset", "next 2 weeks", T, F, null),
        R("offset", "the last 2 years", T, P, null),
        R("offset", "past 2 days", T, P, null),
        R("offset", "this weekend", T, F, "2013-02-16/2013-02-17"),
        R("offset", "over the weekend", T, P, null),

        R("month", "March after next", T, F, "2014-03"),
        R("month", "the March after next", T, F, "2014-03"),
        R("range", "on the 5th and 6th of May", T, F, "2013-05-05/2013-05-06"),
        R("yearless", "the fifth of January", T, F, "2014-01-05"),
        R("yearless", "4th of July", T, F, "2013-07-04"),
        R("offset", "a year from Christmas", T, F, "2014-12-25"),
        R("offset", "for 10 days from 18th Dec", T, F, "2013-12-18/2013-12-28", null),
        R("offset", "talks over two weeks from Monday", T, F, null),
        R("month", "in March before last", T, P, "2011-03"),
        R("offset", "a couple of weeks ago", T, P, null),
        R("offset", "in a few days", T, F, null),
                R("weekday", "around next Tuesday", T, F, "2013-02-19"),
        R("weekday", "Thu 15th", T, F, "2013-08-15", null),
        R("year", "in 1990-91", null, U, "1990/1991"),
        R("negative", "the 70th anniversary", T, U, null),
        R("negative", "70 years of ties", T, U, null),
        R("negative", "2/15", T, U, null),
        R("negative", "the 15th of february", T, F, null),
        R("negative", "Valentine's Day", T, F, null),

        // Across the turn of a year, and from a coarser as-of date.
        R("tense", "on December 30", "2014-01-03", P, "2013-12-30"),
        R("tense", "on January 2", "2013-12-28", F, "2014-01-02"),
        R("tense", "last December", "2014-01-03", U, "2013-12"),
        R("tense", "next January", "2013-12-28", U, "2014-01"),
        R("tense", "in December", "2013-12-05", P, "2013-12"),
        R("tense", "in December", "2013-12-05", F, "2013-12"),
        R("tense", "this week", "2013-12-31", U, null),
        R("tense", "next week", "2013-12-28", F, null),
        R("tense", "last month", "2014-01-03", P, "2013-12"),
        R("tense", "the first Monday of January", "2013-12-28", F, "2014-01-06"),
        R("tense", "on Friday", "2014-01-01", P, "2013-12-27"),
        R("tense", "Monday, December 30", "2014-01-03", P, "2013-12-30"),
        R("tense", "December 31–January 2", "2013-12-20", F, "2013-12-31/2014-01-02"),
        R("tense", "yesterday", "2013-03-01", P, "2013-02-28"),
        R("tense", "the day before yesterday", "2013-03-01", P, "2013-02-27"),
        R("tense", "two days ago", "2013-03-01", P, "2013-02-27"),
        R("tense", "three months ago", "2013-01-15", P, "2012-10"),
        R("tense", "next year", "2013", F, "2014"),
        R("tense", "on the 31st", T, F, "2013-03-31"),
        R("tense", "on the 30th", T, F, "2013-03-30"),
        R("tense", "Thursday the 31st", T, F, "2013-10-31", null),
        R("tense", "Thursday the 31st", T, P, "2013-01-31"),
        R("tense", "on Monday", "2013-02", P, null),
        R("tense", "last week", "2013-02", P, null),
        R("tense", "in March", "2013-02", F, "2013-03"),
        R("tense", "in March", "2013-02", P, "2012-03"),
        R("tense", "on March 3", null, P, null),
        R("tense", "this summer", "2013-10-20", P, "2013"),
        R("tense", "last summer", "2013-10-20", U, "2013"),
        R("tense", "next quarter", "2013-11-20", F, "2014-01/2014-03"),
        R("tense", "last quarter", "2013-01-20", P, "2012-10/2012-12"),

        // Lists of days.
        R("range", "on 4, 5 and 6 March", T, F, "2013-03-04/2013-03-06"),
        R("range", "on March 4, 5 and 6", T, F, "2013-03-04/2013-03-06"),
        R("range", "on 8th and 9th July", T, F, "2013-07-08/2013-07-09"),
        R("range", "on 4 and 6 March", T, F, "2013-03-04/2013-03-06", "2013-03"),
        R("range", "July 8 and 10", T, F, "2013-07-08/2013-07-10", "2013-07"),
        R("range", "on 4-5 and 7 March", T, F, "2013-03-04/2013-03-07", "2013-03"),
        R("range", "on 4, 5 and 6 March 2014", null, U, "2014-03-04/2014-03-06"),
        R("range", "Dec. 8, 10 and 12, 2014", null, U, "2014-12-08/2014-12-12", "2014-12"),
        R("range", "On March 4, 5 people were hurt.", T, P, "2012-03-04"),

        // Forms of running news text.
        R("decade", "in the 1990s and 2000s", null, U, "1990/1999"),
        R("negative", "over the past decade", T, P, null),
        R("negative", "a decade later", T, P, null),
        R("negative", "10 years later", T, P, null),
        R("negative", "Putin may visit Delhi", T, F, null),
        R("negative", "the Jan Dhan scheme", T, U, null),
        R("negative", "at Mar-a-Lago", T, U, null),
        R("negative", "the last 10 years", T, P, null),
        R("negative", "on 10.30 am", T, U, null),
        R("negative", "Su-30MKI jets and 36 Rafales", T, U, null),
        R("negative", "the 2+2 talks in 2018", null, U, "2018"),
        R("range", "Dec 2025 – Mar 2026", null, U, "2025-12/2026-03"),
        R("range", "Oct 5-6", T, P, "2012-10-05/2012-10-06"),
        R("range", "4-5 December, 2025", null, U, "2025-12-04/2025-12-05"),
        R("range", "Monday-Tuesday", T, F, "2013-02-18/2013-02-19"),
        R("weekday", "in the early hours of Monday", T, P, "2013-02-11"),
        R("year", "the 1971 treaty", null, U, "1971"),
        R("month-day-year", "at 10:30 on 5 March 2014", null, U, "2014-03-05"),
        R("yearless", "the parade on May 9", T, F, "2013-05-09"),
        R("yearless", "In May, Modi went to Moscow.", T, P, "2012-05"),

        // Phrases that are not dates, or only half ones.
        R("negative", "25", T, U, null),
        R("negative", "in 61", T, U, null),
        R("negative", "the 22nd summit", T, U, null),
        R("negative", "2,000 troops", T, U, null),
        R("negative", "the S-400 deal", T, U, null),
        R("negative", "Rs 2013 crore", T, U, null),
        R("negative", "the first Monday meeting", T, U, null),
        R("negative", "you may say so", T, U, null),
        R("negative", "growth of 10.5%", T, U, null),
        R("negative", "a day after the summit", T, P, null),
        R("negative", "two weeks later", T, P, null),
        R("negative", "the next day", T, P, null),
        R("offset", "within two weeks", T, F, "2013-02"),
        R("negative", "the following week", T, F, null),
        R("negative", "in October that year", T, P, null),
        R("negative", "3:30", T, U, null),
        R("negative", "in 2 hours", T, F, null),
        R("negative", "1,500 km", T, U, null),
        R("negative", "the last two years", T, P, null),
        R("negative", "in the next three days", T, F, null),
        R("negative", "he said on record", T, U, null),
        R("negative", "a 2+2 dialogue", T, U, null),
        R("negative", "Article 370", T, U, null),
        R("negative", "leaders in their sixties", T, U, null),
        R("negative", "a summer of talks", T, U, null),
                R("negative", "the first half of the match", T, U, null),
        R("negative", "on the third day of talks", T, P, null),
        R("negative", "day after day", T, U, null),
        R("negative", "the Christmas trade", T, U, null),
        R("negative", "Orthodox Christmas", T, P, null),
        R("negative", "the New Year celebrations", T, P, null),
        R("negative", "the winter session of Parliament", T, F, null),
        R("negative", "prices fall 2 percent", T, U, null),
        R("negative", "the half of it", T, U, null),
        R("negative", "a quarter of the trade", T, U, null),

        // Counts back from the as-of day, with the words news puts before them; an approximate count gives no day.
        R("offset", "two days ago", T, P, "2013-02-10"),
        R("offset", "just a week ago", T, P, "2013-02-05"),
        R("offset", "just two days ago", T, P, "2013-02-10"),
        R("offset", "only a month ago", T, P, "2013-01"),
        R("offset", "barely a week ago", T, P, "2013-02-05"),
        R("offset", "Two weeks ago, Modi met Putin.", T, P, "2013-01-29"),
        R("offset", "exactly a year ago", T, P, "2012"),
        R("offset", "some two years ago", T, P, "2011"),
        R("offset", "about three weeks ago", T, P, "2013-01-22", null),
        R("offset", "nearly a year ago", T, P, "2012"),
        R("offset", "more than a week ago", T, P, null),
        R("offset", "a few weeks ago", T, P, null),

        // Counts ahead, and the weeks, months and years just ahead or behind.
        R("offset", "in two months", T, F, "2013-04"),
        R("offset", "in three years", T, F, "2016"),
        R("offset", "in a month", T, F, "2013-03"),
        R("offset", "in a year", T, F, "2014"),
        R("offset", "in six months' time", T, F, "2013-08"),
        R("offset", "in a year's time", T, F, "2014"),
        R("offset", "7 days hence", T, F, "2013-02-19"),
        R("offset", "two weeks hence", T, F, "2013-02-26"),
        R("offset", "a month hence", T, F, "2013-03"),
        R("offset", "within a week", T, F, "2013-02"),
        R("offset", "within two months", T, F, "2013-02/2013-04"),
        R("offset", "within 10 days", "2013-02-25", F, "2013-02/2013-03"),
        R("relative", "in the coming week", T, F, "2013-02"),
        R("relative", "over the past week", T, P, "2013-02"),
        R("relative", "in the coming months", T, F, null),
        R("relative", "the coming week", "2013-02-22", F, "2013-02-23/2013-03-03", null),
        R("relative", "the coming year", "2013-12-20", F, "2014", "2013/2014"),
        R("offset", "this weekend", "2013-02-17", P, "2013-02-16/2013-02-17"),
        R("offset", "last weekend", T, P, "2013-02-09/2013-02-10"),
        R("offset", "last weekend", "2013-02-16", P, "2013-02-09/2013-02-10"),
        R("offset", "next weekend", T, F, "2013-02-23/2013-02-24", "2013-02-16/2013-02-24"),
        R("offset", "on the weekend", T, P, null),
        R("offset", "this past weekend", T, P, "2013-02-09/2013-02-10"),
        R("offset", "this coming weekend", T, F, "2013-02-16/2013-02-17"),
        R("negative", "within a week of the summit", T, F, null),
        R("negative", "within two years of taking office", T, P, null),
        R("relative", "over the past week", "2013-03-04", P, null),
        R("relative", "this past week", T, P, "2013-02"),
        R("negative", "weekend talks", T, U, null),

        // Days of the month in words, and days of the as-of month.
        R("yearless", "the twenty-third of December", T, F, "2013-12-23"),
        R("yearless", "the thirty-first of January", T, P, "2013-01-31"),
        R("yearless", "on the second of May 2014", null, U, "2014-05-02"),
        R("yearless", "the tenth of June", T, F, "2013-06-10"),
        R("yearless", "on the twentieth of March", T, P, "2012-03-20"),
        R("yearless", "on 21 of March", T, F, "2013-03-21"),
        R("yearless", "March the 3rd", T, F, "2013-03-03"),
        R("yearless", "the 3rd of this month", T, U, "2013-02-03"),
        R("yearless", "the 20th of next month", T, F, "2013-03-20"),
        R("yearless", "on the 10th", T, F, "2013-03-10"),
        R("yearless", "on the 10th", T, P, "2013-02-10"),
        R("negative", "the first of three summits", T, U, null),
        R("negative", "the fifth of the meetings", T, U, null),

        // A weekday with a day of the month and no month: the as-of month or the one beside it, by tense.
        R("weekday-date", "Fri 15th", T, F, "2013-02-15"),
        R("weekday-date", "Friday the 15th", T, F, "2013-02-15"),
        R("weekday-date", "Sat 16th", T, F, "2013-02-16"),
        R("weekday-date", "Mon 4th", T, F, "2013-03-04"),
        R("weekday-date", "Mon 4th", T, P, "2013-02-04"),
        R("weekday-date", "Friday the 13th", T, F, "2013-09-13", null),
        R("weekday-date", "Wednesday the 30th", T, P, "2013-01-30"),

        // Christmas without a preposition before it.
        R("holiday", "at Christmas", T, P, "2012-12-25"),
        R("holiday", "Christmas 2024", null, U, "2024-12-25"),
        R("holiday", "They met at Christmas.", T, P, "2012-12-25"),
        R("holiday", "over Christmas", T, F, "2013-12-25"),
        R("negative", "Christmas shopping", T, U, null),

        // Decades and their parts.
        R("decade", "the 2020s", null, U, "2020/2029"),
        R("decade", "the late 1990s", null, U, "1990/1999"),
        R("decade", "the mid-2010s", null, U, "2010/2019"),
        R("decade", "in the early 1980s", null, U, "1980/1989"),
        R("decade", "the late eighties", null, U, "1980/1989"),
        R("decade", "in the early twenties", null, U, "1920/1929", null),

        // Fiscal years as Indian news writes them: April to March, named by the year they end in.
        R("fiscal", "FY24", null, U, "2023-04/2024-03"),
        R("fiscal", "FY2024", null, U, "2023-04/2024-03"),
        R("fiscal", "in FY25", null, U, "2024-04/2025-03"),
        R("fiscal", "FY 2023-24", null, U, "2023-04/2024-03"),
        R("fiscal", "in FY2023-24", null, U, "2023-04/2024-03"),
        R("fiscal", "FY 23-24", null, U, "2023-04/2024-03"),
        R("fiscal", "the 2023-24 fiscal", null, U, "2023-04/2024-03"),
        R("fiscal", "fiscal 2024", null, U, "2023-04/2024-03"),
        R("fiscal", "in fiscal year 2024-25", null, U, "2024-04/2025-03"),
        R("fiscal", "the financial year 2022-23", null, U, "2022-04/2023-03"),
        R("fiscal", "2023-24", null, U, "2023-04/2024-03", "2023/2024"),
        R("fiscal", "the financial year that ended in March", T, P, "2011-04/2012-03"),
        R("fiscal", "the financial year ending March 2024", null, U, "2023-04/2024-03"),
        R("fiscal", "the fiscal year ended March 31, 2024", null, U, "2023-04/2024-03"),
        R("fiscal", "this fiscal", T, U, "2012-04/2013-03"),
        R("fiscal", "the current financial year", T, U, "2012-04/2013-03"),
        R("fiscal", "last fiscal", T, P, "2011-04/2012-03"),
        R("fiscal", "the previous financial year", T, P, "2011-04/2012-03"),
        R("fiscal", "next fiscal year", T, F, "2013-04/2014-03"),
        R("fiscal", "Q3 FY24 results", T, U, "2023-10/2023-12"),
        R("fiscal", "Q1 FY2025", null, U, "2024-04/2024-06"),
        R("fiscal", "the fourth quarter of FY24", null, U, "2024-01/2024-03"),
        R("fiscal", "H1 FY25", null, U, "2024-04/2024-09"),
        R("negative", "fiscal deficit of 5.9%", T, U, null),
        R("negative", "the FY", T, U, null),

        // Counts from the as-of day's neighbours, as chrono's corpus writes them.
        R("offset", "2 days after today", T, F, "2013-02-14"),
        R("offset", "a week before yesterday", T, P, "2013-02-04"),
        R("offset", "10 Days ago", T, P, "2013-02-02"),
        R("offset", "two days before Christmas", T, F, "2013-12-23"),
        R("offset", "a week after Christmas 2012", null, U, "2013-01-01"),
        R("offset", "three weeks hence", T, F, "2013-03-05"),
        R("offset", "within a fortnight", T, F, "2013-02"),
        R("offset", "within a year", T, F, "2013-02/2014-02"),
        R("negative", "within days", T, F, null),
        R("negative", "within hours of the summit", T, F, null),
        R("negative", "trade doubled in two years", T, P, null),
        R("negative", "in three years of talks", T, P, null),
        R("negative", "his second visit to Russia in three months", T, U, null),
        R("negative", "It will be his first visit to India in four years.", T, F, null),
        R("negative", "the biggest deal in two years", T, F, null),
        R("negative", "The leaders meet in two months, the only summit in three years.", T, F, "2013-04"),
        R("offset", "The leaders will meet again in two months.", T, F, "2013-04"),
        R("offset", "in two years", T, U, "2015", null),

        // Holidays and periods as anchors, and the weekends of a month.
        R("offset", "the day after Christmas", T, F, "2013-12-26"),
        R("offset", "a week before Christmas 2013", null, U, "2013-12-18"),
        R("part", "at the end of the month", T, F, "2013-02"),
        R("part", "by the end of the week", T, F, "2013-02"),
        R("offset", "the last weekend of October", T, F, "2013-10-26/2013-10-27", "2013-10"),
        R("relative", "this time last year", T, P, "2012-02-12", "2012"),

        // Times of day that leave the date whole.
        R("weekday", "at 10:30 am on Monday", T, P, "2013-02-11"),
        R("weekday", "Monday evening", T, P, "2013-02-11"),
        R("weekday", "late on Tuesday", T, P, "2013-02-12"),
        R("weekday", "late Tuesday", T, P, "2013-02-12"),
        R("weekday", "early Friday", T, F, "2013-02-15"),
        R("weekday", "Tuesday night", T, P, "2013-02-12"),
        R("weekday", "Thursday morning", T, F, "2013-02-14"),
        R("weekday", "on Monday at 3 pm", T, P, "2013-02-11"),
        R("weekday", "10 am on Friday", T, F, "2013-02-15"),
        R("weekday", "by 5 pm on Friday", T, F, "2013-02-15"),
        R("yearless", "midnight on 4 December", T, F, "2013-12-04"),
        R("day-month-year", "at 9 pm on 4 December 2025", null, U, "2025-12-04"),
        R("day-month-year", "at 18:00 IST on 4 December 2025", null, U, "2025-12-04"),
        R("yearless", "late on 4 December", T, P, "2012-12-04"),
        R("relative", "tomorrow at noon", T, F, "2013-02-13"),
        R("weekday", "at noon on Friday", T, F, "2013-02-15"),
        R("weekday", "Friday at 10 a.m.", T, F, "2013-02-15"),
        R("weekday", "shortly after midnight on Sunday", T, P, "2013-02-10"),
        R("yearless", "on 4 December at 11:00 IST", T, F, "2013-12-04"),
        R("day-month-year", "at 2 pm Moscow time on 5 December 2025", null, U, "2025-12-05"),
        R("yearless", "early on March 3", T, F, "2013-03-03"),
    ];

    public static TheoryData<string, string, string?, TimeOrientation, string?> Cases()
    {
        var data = new TheoryData<string, string, string?, TimeOrientation, string?>();
        foreach (var row in Rows)
        {
            data.Add(row.Class, row.Text, row.AsOf, row.Orientation, row.Expected);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_row_as_expected(string @class, string text, string? asOf, TimeOrientation orientation, string? expected)
    {
        Assert.Equal(expected, Read(new Row(@class, text, asOf, orientation, expected, expected))?.ToString());
    }

    /// <summary>Counts found, exact, coarser and silently wrong readings against the truth, by class; no row may be silently wrong.</summary>
    [Fact]
    public void No_row_gives_a_wrong_date()
    {
        var wrong = Tally(Rows, output, Environment.GetEnvironmentVariable("DATE_CORPUS_REPORT"));

        Assert.Empty(wrong);
    }

    /// <summary>
    /// Judges every row, writes the counts by class (and each row that is not exact) to <paramref name="output"/> and, when
    /// given, to <paramref name="reportPath"/>; returns the rows whose reading is silently wrong.
    /// </summary>
    internal static IReadOnlyList<string> Tally(IEnumerable<Row> rows, ITestOutputHelper output, string? reportPath)
    {
        var report = new List<string>();
        var tally = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var wrong = new List<string>();
        foreach (var row in rows)
        {
            var counts = tally.TryGetValue(row.Class, out var existing) ? existing : tally[row.Class] = new int[6];
            var read = Read(row);
            counts[0]++;
            var outcome = Judge(row.Truth, read);
            counts[(int)outcome + 1]++;
            if (outcome == Outcome.Wrong)
            {
                wrong.Add($"{row}: {read} (truth {row.Truth ?? "none"})");
            }
            else if (outcome is Outcome.Coarse or Outcome.None)
            {
                report.Add($"{outcome.ToString().ToUpperInvariant()} {row}: {read?.ToString() ?? "no date"} (truth {row.Truth})");
            }
        }
        report.Add($"{"class",-16}{"rows",6}{"exact",7}{"coarse",8}{"none",6}{"wrong",7}{"nodate-ok",10}");
        var total = new int[6];
        foreach (var (name, c) in tally)
        {
            report.Add($"{name,-16}{c[0],6}{c[1],7}{c[2],8}{c[3],6}{c[4],7}{c[5],10}");
            for (var i = 0; i < total.Length; i++)
            {
                total[i] += c[i];
            }
        }
        report.Add($"{"all",-16}{total[0],6}{total[1],7}{total[2],8}{total[3],6}{total[4],7}{total[5],10}");
        foreach (var line in wrong)
        {
            report.Add("WRONG " + line);
        }
        foreach (var line in report)
        {
            output.WriteLine(line);
        }
        // The table's figures, written where the environment asks for them.
        if (reportPath is { Length: > 0 })
        {
            File.WriteAllLines(reportPath, report);
        }
        return wrong;
    }

    private enum Outcome
    {
        Exact,
        Coarse,
        None,
        Wrong,
        NoDateAsTrue,
    }

    private static Outcome Judge(string? truth, DateRange? read)
    {
        if (truth is null)
        {
            return read is null ? Outcome.NoDateAsTrue : Outcome.Wrong;
        }
        if (read is null)
        {
            return Outcome.None;
        }
        if (read.ToString() == truth)
        {
            return Outcome.Exact;
        }
        var (first, last) = Bounds(truth);
        var readLast = read.End ?? read.Start;
        var covers = read.Start.FirstDay <= first && readLast.LastDay >= last;
        return covers ? Outcome.Coarse : Outcome.Wrong;
    }

    private static (DateOnly First, DateOnly Last) Bounds(string truth)
    {
        var parts = truth.Split('/');
        var start = PartialDate.Parse(parts[0]);
        var end = parts.Length > 1 ? PartialDate.Parse(parts[1]) : start;
        return (start.FirstDay, end.LastDay);
    }

    /// <summary>The reading of the longest phrase found that resolves; null when none does.</summary>
    internal static DateRange? Read(Row row)
    {
        var asOf = row.AsOf is null ? (PartialDate?)null : PartialDate.Parse(row.AsOf);
        DateRange? best = null;
        var bestLength = -1;
        foreach (var match in DateGrammar.FindAll(row.Text))
        {
            if (DateResolver.Resolve(match.Expression, asOf, row.Orientation) is { } resolved && match.Text.Length > bestLength)
            {
                best = resolved;
                bestLength = match.Text.Length;
            }
        }
        return best;
    }
}
