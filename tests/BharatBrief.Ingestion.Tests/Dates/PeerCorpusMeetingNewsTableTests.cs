using BharatBrief.Ingestion.Dates;
using Xunit.Abstractions;

namespace BharatBrief.Ingestion.Tests.Dates;

/// <summary>
/// A second batch of the peer corpora's classes, in phrasings of our own, weighted to the forms reports of diplomatic
/// meetings use: numeric dates in every order and separator, abbreviated months, ordinals, times beside dates, spans whose
/// ends differ in shape, parts of periods, offsets, fiscal periods, and the numbers in such reports that are not dates.
/// Most rows read against Thursday, 20 November 2025, whose week runs from Monday 17 to Sunday 23 November.
/// </summary>
/// <remarks>Rows are judged as in <see cref="PeerCorpusTableTests"/>: truth, and where the grammar knowingly says less, what it says.</remarks>
public sealed class PeerCorpusMeetingNewsTableTests(ITestOutputHelper output)
{
    private const TimeOrientation U = TimeOrientation.Unknown;
    private const TimeOrientation P = TimeOrientation.Past;
    private const TimeOrientation F = TimeOrientation.Future;

    /// <summary>Thursday, 20 November 2025.</summary>
    private const string N = "2025-11-20";

    private const string Same = "=";

    private static PeerCorpusTableTests.Row R(string @class, string text, string? asOf, TimeOrientation orientation, string? truth, string? expected = Same) =>
        new(@class, text, asOf, orientation, truth, expected == Same ? truth : expected);

    public static readonly PeerCorpusTableTests.Row[] Rows =
    [
        // Numeric dates with a year: day first unless the first number cannot be a month; year first always.
        R("numeric", "The MoU was signed on 23/10/2024 in Kazan.", null, U, "2024-10-23"),
        R("numeric", "23-10-2024", null, U, "2024-10-23"),
        R("numeric", "23.10.2024", null, U, "2024-10-23"),
        R("numeric", "on 10/23/2024", null, U, "2024-10-23"),
        R("numeric", "10-23-2024", null, U, "2024-10-23"),
        R("numeric", "2024.07.08", null, U, "2024-07-08"),
        R("numeric", "8/7/2024", null, U, "2024-07-08"),
        R("numeric", "08-07-2024", null, U, "2024-07-08"),
        R("numeric", "4.12.2025", null, U, "2025-12-04"),
        R("numeric", "Dated: 05/12/2025", null, U, "2025-12-05"),
        R("numeric", "12/31/2025", null, U, "2025-12-31"),
        R("numeric", "(04.12.2025)", null, U, "2025-12-04"),
        R("numeric", "the joint statement of 09.07.2024,", null, U, "2024-07-09"),
        R("numeric", "on 2025/12/05 in New Delhi", null, U, "2025-12-05"),
        R("numeric", "2025-12-5", null, U, "2025-12-05"),
        R("numeric", "04.12.25", N, U, "2025-12-04", null),
        R("numeric", "04/12/25", N, U, "2025-12-04", null),
        R("numeric", "13/13/2025", null, U, null),
        R("numeric", "30/02/2024", null, U, null),
        R("numeric", "2024-13-01", null, U, null),
        R("numeric", "2024-02-30", null, U, null),
        R("numeric", "from 04.12.2025 to 05.12.2025", null, U, "2025-12-04/2025-12-05"),
        R("numeric", "04/12/2025 - 05/12/2025", null, U, "2025-12-04/2025-12-05"),
        R("numeric", "between 8/7/2024 and 9/7/2024", null, U, "2024-07-08/2024-07-09"),

        // Times and time zones beside the date leave the date whole.
        R("timestamp", "2024-07-08T11:40:00+05:30", null, U, "2024-07-08"),
        R("timestamp", "2025-12-04T22:30:00Z", null, U, "2025-12-04"),
        R("timestamp", "2025-12-04 18:30 IST", null, U, "2025-12-04"),
        R("timestamp", "2024-07-08 11:40", null, U, "2024-07-08"),
        R("timestamp", "2025-12-05T09:15:00.000Z", null, U, "2025-12-05"),
        R("timestamp", "08 Jul 2024, 11:40 AM IST", null, U, "2024-07-08"),
        R("timestamp", "Updated: July 08, 2024 11:40 IST", null, U, "2024-07-08"),
        R("timestamp", "Published on 4 Dec 2025, 6:30 pm", null, U, "2025-12-04"),
        R("timestamp", "at 1700 hrs on 5 December 2025", null, U, "2025-12-05"),
        R("timestamp", "11:40 am, 9 July 2024", null, U, "2024-07-09"),
        R("timestamp", "Thursday 4 December 2025 19:00 IST", null, U, "2025-12-04"),
        R("timestamp", "Last Updated: Dec 05 2025 | 09:15 PM IST", null, U, "2025-12-05"),
        R("timestamp", "at 11:40 IST on 9 July", N, P, "2025-07-09"),
        R("timestamp", "9 July at 11:40 IST", N, P, "2025-07-09"),
        R("timestamp", "on July 9 at 11:40 a.m.", N, P, "2025-07-09"),
        R("timestamp", "at 6.30 pm on Friday", N, F, "2025-11-21"),
        R("timestamp", "at 16:00 Moscow time tomorrow", N, F, "2025-11-21"),
        R("timestamp", "by 10 pm IST on Thursday", N, P, "2025-11-20"),

        // Abbreviated months, with and without their dots.
        R("abbreviation", "Dec. 4", N, F, "2025-12-04"),
        R("abbreviation", "Sept. 10-11", N, F, "2026-09-10/2026-09-11"),
        R("abbreviation", "Sept. 10–11, 2024", null, U, "2024-09-10/2024-09-11"),
        R("abbreviation", "Oct. 22-24, 2024", null, U, "2024-10-22/2024-10-24"),
        R("abbreviation", "on Jan. 15", N, P, "2025-01-15"),
        R("abbreviation", "Aug. 30, 2025", null, U, "2025-08-30"),
        R("abbreviation", "Nov. 20-21", N, U, "2025-11-20/2025-11-21"),
        R("abbreviation", "4 Dec. 2025", null, U, "2025-12-04"),
        R("abbreviation", "in Feb. 2025", null, U, "2025-02"),
        R("abbreviation", "Mar. 3–Apr. 1, 2025", null, U, "2025-03-03/2025-04-01"),
        R("abbreviation", "on Jun. 30", N, P, "2025-06-30"),
        R("abbreviation", "Sept 10-11", N, F, "2026-09-10/2026-09-11"),
        R("abbreviation", "Tues., Dec. 2", N, F, "2025-12-02"),
        R("abbreviation", "Weds., Dec. 3", N, F, "2025-12-03"),
        R("abbreviation", "Oct 22 - 24", N, P, "2025-10-22/2025-10-24"),
        R("abbreviation", "4-5 Dec", N, F, "2025-12-04/2025-12-05"),
        R("abbreviation", "DEC 4, 2025", null, U, "2025-12-04"),
        R("abbreviation", "Apr. 2026", null, U, "2026-04"),

        // Ordinals in every order, and years after an apostrophe.
        R("ordinal", "the 23rd of October", N, P, "2025-10-23"),
        R("ordinal", "4th Dec '25", null, U, "2025-12-04"),
        R("ordinal", "Dec 4 '25", null, U, "2025-12-04"),
        R("ordinal", "on the 4th of December, 2025", null, U, "2025-12-04"),
        R("ordinal", "October 23rd", N, P, "2025-10-23"),
        R("ordinal", "23rd Oct", N, P, "2025-10-23"),
        R("ordinal", "the 4th and 5th of December", N, F, "2025-12-04/2025-12-05"),
        R("ordinal", "1st-2nd December 2025", null, U, "2025-12-01/2025-12-02"),
        R("ordinal", "on December 4th and 5th", N, F, "2025-12-04/2025-12-05"),
        R("ordinal", "22nd October 2024", null, U, "2024-10-22"),
        R("ordinal", "the twenty-second of October 2024", null, U, "2024-10-22"),
        R("ordinal", "Oct 23rd, 2024", null, U, "2024-10-23"),
        R("ordinal", "on the 22nd and 23rd of October 2024", null, U, "2024-10-22/2024-10-23"),
        R("ordinal", "the 3rd of next month", N, F, "2025-12-03"),
        R("ordinal", "December 4th", N, F, "2025-12-04"),
        R("ordinal", "in Oct '24", null, U, "2024-10"),

        // A weekday named with the date must agree with it.
        R("weekday-date", "Thursday, December 4, 2025", null, U, "2025-12-04"),
        R("weekday-date", "Friday, December 4, 2025", null, U, "2025-12", "2025-12"),
        R("weekday-date", "Fri, 5 Dec 2025", null, U, "2025-12-05"),
        R("weekday-date", "on Tuesday (December 2)", N, F, "2025-12-02"),
        R("weekday-date", "Monday, 24 November", N, F, "2025-11-24"),
        R("weekday-date", "Wed 3 Dec", N, F, "2025-12-03"),
        R("weekday-date", "Saturday, Nov. 22", N, F, "2025-11-22"),
        R("weekday-date", "Wednesday, October 23, 2024", null, U, "2024-10-23"),
        R("weekday-date", "on Monday, 8 July 2024", null, U, "2024-07-08"),
        R("weekday-date", "Tuesday, 8 July 2024", null, U, "2024-07", "2024-07"),
        R("weekday-date", "Thursday (4.12.2025)", null, U, "2025-12-04"),

        // Spans whose ends differ in shape, with every connector.
        R("range", "from December 4 to 5", N, F, "2025-12-04/2025-12-05"),
        R("range", "between December 4 and December 5, 2025", null, U, "2025-12-04/2025-12-05"),
        R("range", "from 30 November till 2 December", N, F, "2025-11-30/2025-12-02"),
        R("range", "from Dec. 4 until Dec. 6", N, F, "2025-12-04/2025-12-06"),
        R("range", "from 4 December through 6 December 2025", null, U, "2025-12-04/2025-12-06"),
        R("range", "Dec 4 through Dec 6", N, F, "2025-12-04/2025-12-06"),
        R("range", "from mid-2024 till the end of 2025", null, U, "2024/2025"),
        R("range", "from 2019 till 2024", null, U, "2019/2024"),
        R("range", "between January and March 2025", null, U, "2025-01/2025-03"),
        R("range", "from 4 December 2025 to 10 January 2026", null, U, "2025-12-04/2026-01-10"),
        R("range", "from the 4th till the 6th of December", N, F, "2025-12-04/2025-12-06"),
        R("range", "between the 4th and 6th of December", N, F, "2025-12-04/2025-12-06"),
        R("range", "July 8–July 9, 2024", null, U, "2024-07-08/2024-07-09"),
        R("range", "from Monday till Wednesday", N, F, "2025-11-24/2025-11-26"),
        R("range", "from today through Sunday", N, F, "2025-11-20/2025-11-23"),
        R("range", "8 July to 9 July 2024", null, U, "2024-07-08/2024-07-09"),
        R("range", "2024-07-08 to 2024-07-09", null, U, "2024-07-08/2024-07-09"),
        R("range", "from 8 July until 9 July", N, P, "2025-07-08/2025-07-09"),
        R("range", "Oct 22–24", N, P, "2025-10-22/2025-10-24"),
        R("range", "22nd to 24th October 2024", null, U, "2024-10-22/2024-10-24"),
        R("range", "from October 2024 through March 2025", null, U, "2024-10/2025-03"),
        R("range", "between 2024 and 2026", null, U, "2024/2026"),
        R("range", "from 22 October to 24 October", N, P, "2025-10-22/2025-10-24"),
        R("range", "December 4 to December 5", N, F, "2025-12-04/2025-12-05"),
        R("range", "4 December-5 December 2025", null, U, "2025-12-04/2025-12-05"),
        R("range", "the 4-5 December summit", N, F, "2025-12-04/2025-12-05"),
        R("range", "from Thursday to Friday", N, F, "2025-11-27/2025-11-28"),
        R("range", "between now and March", N, F, "2025-11-20/2026-03"),

        // Parts of periods keep the period.
        R("part", "late last month", N, P, "2025-10"),
        R("part", "early last month", N, P, "2025-10"),
        R("part", "in the middle of last month", N, P, "2025-10"),
        R("part", "mid-2026", null, U, "2026"),
        R("part", "the second half of next year", N, F, "2026-07/2026-12"),
        R("part", "end of the week", N, F, "2025-11"),
        R("part", "the end of this month", N, F, "2025-11"),
        R("part", "the beginning of next month", N, F, "2025-12"),
        R("part", "early December", N, F, "2025-12"),
        R("part", "late October", N, P, "2025-10"),
        R("part", "towards the end of last year", N, P, "2024"),
        R("part", "the first half of 2026", null, U, "2026-01/2026-06"),
        R("part", "the latter half of 2024", null, U, "2024-07/2024-12"),
        R("part", "the first week of December", N, F, "2025-12"),
        R("part", "the last week of November", N, U, "2025-11"),
        R("part", "the middle of next week", N, F, "2025-11"),
        R("part", "the end of next week", N, F, "2025-11"),
        R("part", "the start of next year", N, F, "2026"),
        R("part", "by mid-December", N, F, "2025-12"),
        R("part", "by end-November", N, F, "2025-11"),
        R("part", "early 2026", null, U, "2026"),
        R("part", "in the second week of December", N, F, "2025-12"),
        R("part", "late in 2024", null, U, "2024"),
        R("part", "early in the year", N, P, "2025"),
        R("part", "the first days of December", N, F, "2025-12"),
        R("part", "at the start of the month", N, P, "2025-11"),
        R("part", "the second half of last year", N, P, "2024-07/2024-12"),
        R("part", "at the end of 2025", null, U, "2025"),
        R("part", "mid-October", N, P, "2025-10"),
        R("part", "end-2025", null, U, "2025"),

        // Offsets from the as-of day and from a named date.
        R("offset", "two weeks from today", N, F, "2025-12-04"),
        R("offset", "a fortnight ago", N, P, "2025-11-06"),
        R("offset", "three days after 12 January", N, P, "2025-01-15"),
        R("offset", "the day before yesterday", N, P, "2025-11-18"),
        R("offset", "two days before 4 December", N, F, "2025-12-02"),
        R("offset", "a day after 21 November 2025", null, U, "2025-11-22"),
        R("offset", "four days ago", N, P, "2025-11-16"),
        R("offset", "five days from now", N, F, "2025-11-25"),
        R("offset", "in ten days", N, F, "2025-11-30"),
        R("offset", "two months from now", N, F, "2026-01-20"),
        R("offset", "one week after 4 December 2025", null, U, "2025-12-11"),
        R("offset", "two days prior to December 4", N, F, "2025-12-02"),
        R("offset", "a year ago today", N, P, "2024-11-20"),
        R("offset", "a week from tomorrow", N, F, "2025-11-28"),
        R("offset", "exactly two weeks ago", N, P, "2025-11-06"),
        R("offset", "three weeks from now", N, F, "2025-12-11"),
        R("offset", "a fortnight from today", N, F, "2025-12-04"),
        R("offset", "two days after the 4 December summit", N, F, null),
        R("offset", "a week after the talks", N, F, null),
        R("offset", "the day after the summit", N, F, null),
        R("offset", "a month after 4 December 2025", null, U, "2026-01-04"),
        R("offset", "a day before Christmas", N, F, "2025-12-24"),

        // A weekday, month or season with this, next, last, coming or past.
        R("this-next-last", "this Thursday", N, U, "2025-11-20"),
        R("this-next-last", "next Friday", N, U, "2025-11-21"),
        R("this-next-last", "last Wednesday", N, U, "2025-11-19"),
        R("this-next-last", "next Monday", N, F, "2025-11-24"),
        R("this-next-last", "this coming Tuesday", N, F, "2025-11-25"),
        R("this-next-last", "this past Friday", N, P, "2025-11-14"),
        R("this-next-last", "next October", N, U, "2026-10"),
        R("this-next-last", "last July", N, U, "2025-07"),
        R("this-next-last", "this December", N, F, "2025-12"),
        R("this-next-last", "last spring", N, P, "2025"),
        R("this-next-last", "next summer", N, F, "2026"),
        R("this-next-last", "this autumn", N, P, "2025"),
        R("this-next-last", "this winter", N, F, null),
        R("this-next-last", "the coming Saturday", N, F, "2025-11-22"),
        R("this-next-last", "next month's summit", N, F, "2025-12"),
        R("this-next-last", "last month's talks", N, P, "2025-10"),
        R("this-next-last", "next week's visit", N, F, "2025-11"),
        R("this-next-last", "last year's summit in Moscow", N, P, "2024"),
        R("this-next-last", "last Thursday", N, P, "2025-11-13"),

        // Quarters and fiscal years.
        R("fiscal", "Q1 2026", null, U, "2026-01/2026-03"),
        R("fiscal", "Q4 2025", null, U, "2025-10/2025-12"),
        R("fiscal", "FY26", null, U, "2025-04/2026-03"),
        R("fiscal", "FY27", null, U, "2026-04/2027-03"),
        R("fiscal", "FY 2025-26", null, U, "2025-04/2026-03"),
        R("fiscal", "in FY2025-26", null, U, "2025-04/2026-03"),
        R("fiscal", "fiscal 2025-26", null, U, "2025-04/2026-03"),
        R("fiscal", "the third quarter of 2025", null, U, "2025-07/2025-09"),
        R("fiscal", "Q2 FY26", null, U, "2025-07/2025-09"),
        R("fiscal", "the first quarter of FY25", null, U, "2024-04/2024-06"),
        R("fiscal", "the first quarter of next year", N, F, "2026-01/2026-03"),
        R("fiscal", "H2 2025", null, U, "2025-07/2025-12"),
        R("fiscal", "in the April-June quarter of 2025", null, U, "2025-04/2025-06", "2025"),
        R("fiscal", "in 2025-26", null, U, "2025-04/2026-03", "2025/2026"),
        R("fiscal", "the last quarter of 2024", null, U, "2024-10/2024-12"),
        R("fiscal", "the financial year 2024-25", null, U, "2024-04/2025-03"),

        // Holidays with a fixed day.
        R("holiday", "on Christmas Eve", N, F, "2025-12-24"),
        R("holiday", "New Year's Day", N, F, "2026-01-01"),
        R("holiday", "on New Year's Eve 2025", null, U, "2025-12-31"),
        R("holiday", "Christmas Day 2025", null, U, "2025-12-25"),
        R("holiday", "on Independence Day", N, P, null),
        R("holiday", "the Victory Day parade", N, P, null),

        // Numbers in reports of meetings that are not dates.
        R("negative", "the 2+2 ministerial dialogue", N, U, null),
        R("negative", "S-500 systems", N, U, null),
        R("negative", "under Section 8 of the Act", N, U, null),
        R("negative", "the 1-2 punch", N, U, null),
        R("negative", "a 7/11 store", N, U, null),
        R("negative", "India won 3-0", N, P, null),
        R("negative", "the score was 2-1", N, P, null),
        R("negative", "version 2.1.3", N, U, null),
        R("negative", "call +91 11 2301 2345", N, U, null),
        R("negative", "the helpline 1800-11-2345", N, U, null),
        R("negative", "open 24/7", N, U, null),
        R("negative", "a 24x7 helpline", N, U, null),
        R("negative", "Rs 2,025 crore", N, U, null),
        R("negative", "Resolution 2231", N, U, null),
        R("negative", "the 23rd annual summit", N, U, null),
        R("negative", "a ratio of 3:1", N, U, null),
        R("negative", "in 2-3 weeks", N, F, null),
        R("negative", "within 3-4 days", N, F, null),
        R("negative", "1/3 of the trade", N, U, null),
        R("negative", "a 50-50 split", N, U, null),
        R("negative", "the T-90 tanks", N, U, null),
        R("negative", "MiG-29 and Su-30 jets", N, U, null),
        R("negative", "1-2 per cent", N, U, null),
        R("negative", "the 12/24 rule", N, U, null),
        R("negative", "at 10.30", N, U, null),
        R("negative", "page 4 of 12", N, U, null),
        R("negative", "2,030 tonnes", N, U, null),
        R("negative", "the 10-12 years of talks", N, P, null),
        R("negative", "the 4th round of talks", N, P, null),
        R("negative", "Modi may meet Putin", N, F, null),
        R("negative", "a march to the border", N, U, null),
        R("negative", "UNSC Resolution 1540", N, U, null),
        R("negative", "the Russia-India-China (RIC) format", N, U, null),
        R("negative", "a 3-2 vote", N, U, null),
        R("negative", "the 12.12.12 sale", N, U, null),

        // Years beside words.
        R("year", "the 2030 target", null, U, "2030"),
        R("year", "the 1971 treaty of friendship", null, U, "1971"),
        R("year", "the 2+2 talks of 2024", null, U, "2024"),
        R("year", "Vision 2030 document", null, U, "2030"),
        R("year", "in calendar year 2024", null, U, "2024"),
        R("year", "the year 2025", null, U, "2025"),
        // Lists and spans joined by an ampersand, "or", "thru", or "till" and "until" without "from".
        R("list", "on 4 & 5 December", N, F, "2025-12-04/2025-12-05"),
        R("list", "the 4th & 5th of December", N, F, "2025-12-04/2025-12-05"),
        R("list", "July 8 & 9, 2024", null, U, "2024-07-08/2024-07-09"),
        R("list", "8 & 9 July 2024", null, U, "2024-07-08/2024-07-09"),
        R("list", "Dec. 4 & 5", N, F, "2025-12-04/2025-12-05"),
        R("list", "on 8 or 9 July", N, P, "2025-07", "2025-07"),
        R("list", "December 4 or 5", N, F, "2025-12", "2025-12"),
        R("list", "4 or 5 December 2025", null, U, "2025-12", "2025-12"),
        R("list", "10 and/or 11 July 2024", null, U, "2024-07", "2024-07"),
        R("list", "on the 4th or 5th of December", N, F, "2025-12", "2025-12"),
        R("range", "December 4 thru 6", N, F, "2025-12-04/2025-12-06"),
        R("range", "Dec 4 till Dec 6", N, F, "2025-12-04/2025-12-06"),
        R("range", "Dec 4 until 6", N, F, "2025-12-04/2025-12-06"),
        R("range", "from December 4 through to 6", N, F, "2025-12-04/2025-12-06"),
        R("range", "from 4 December up to 6 December", N, F, "2025-12-04/2025-12-06"),
        R("range", "4 December till 6 December 2025", null, U, "2025-12-04/2025-12-06"),
        R("range", "2019 till 2024", null, U, "2019/2024"),
        R("range", "from 4 thru 6 December 2025", null, U, "2025-12-04/2025-12-06"),

        // Lengths of time said in two units at once.
        R("offset", "1 year and 2 months ago", "2013-02-12", P, "2011-12"),
        R("offset", "two years and three months ago", N, P, "2023-08"),
        R("offset", "2 weeks 3 days ago", N, P, "2025-11-03"),
        R("offset", "a year, two months ago", N, P, "2024-09"),
        R("offset", "one week and two days ago", N, P, "2025-11-11"),
        R("offset", "in 2 weeks and 3 days", N, F, "2025-12-07"),
        R("offset", "two days prior to 4 December 2025", null, U, "2025-12-02"),

        // A week counted on from a day, and weekdays counted from the story rather than the as-of date.
        R("week-on", "a week today", N, F, "2025-11-27", null),
        R("week-on", "a week tomorrow", N, F, "2025-11-28", null),
        R("week-on", "a week on Monday", N, F, "2025-12-01", null),
        R("week-on", "next Thursday week", N, F, "2025-12-04", null),
        R("week-on", "a week ago Monday", N, P, "2025-11-10", null),
        R("week-on", "Monday a week ago", N, P, "2025-11-10", null),
        R("week-on", "the week beginning 24 November", N, F, "2025-11", null),
        R("week-on", "the week starting Monday", N, F, "2025-11", null),
        R("week-on", "the week of 24 November", N, F, "2025-11", null),
        R("week-on", "during the week commencing 1 December 2025", null, U, "2025-12", null),
        R("story", "the previous Thursday", N, P, null),
        R("story", "the following Monday", N, F, null),
        R("story", "the Friday before", N, P, null),
        R("story", "on the following Tuesday", N, P, null),

        // Years after an apostrophe, and the year's and month's end as one word.
        R("apostrophe", "Dec '25", null, U, "2025-12"),
        R("apostrophe", "December ’25", null, U, "2025-12"),
        R("apostrophe", "4 Dec ’25", null, U, "2025-12-04"),
        R("apostrophe", "the class of '71", null, U, null),
        R("apostrophe", "in '25", null, U, null),
        R("part", "by year-end", N, F, "2025"),
        R("part", "by year end", N, F, "2025"),
        R("part", "by the year-end", N, F, "2025"),
        R("part", "by month-end", N, F, "2025-11"),
        R("part", "the year-end summit", N, F, "2025"),
        R("part", "by end of year", N, F, "2025"),
        R("part", "by end of month", N, F, "2025-11"),
        R("part", "by year-end 2026", null, U, "2026"),
        R("part", "the latter half of next year", N, F, "2026-07/2026-12"),
        R("part", "late in the month", N, F, "2025-11"),
        R("range", "from now until 2030", N, F, "2025-11-20/2030"),
        R("offset", "in a year and six months", N, F, "2027-05"),
        R("offset", "in one month and two weeks", N, F, "2026-01-03"),

        // Months listed with "and", "&" or "or", and an abbreviated month's dot before a dash.
        R("list", "in July and August 2025", null, U, "2025-07/2025-08"),
        R("list", "July & August 2025", null, U, "2025-07/2025-08"),
        R("list", "Jan., Feb. and March 2025", null, U, "2025-01/2025-03"),
        R("list", "in July and August", N, P, "2025-07/2025-08"),
        R("list", "July or August 2025", null, U, "2025", "2025"),
        R("list", "March and May 2025", null, U, "2025", "2025"),
        R("list", "in March or April", N, P, null),
        R("range", "2 Dec. – 5 Dec. 2025", null, U, "2025-12-02/2025-12-05"),
        R("range", "on 30 Nov. - 2 Dec.", N, F, "2025-11-30/2025-12-02"),
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
        Assert.Equal(expected, PeerCorpusTableTests.Read(new PeerCorpusTableTests.Row(@class, text, asOf, orientation, expected, expected))?.ToString());
    }

    /// <summary>No row may be silently wrong; the counts go beside the peer table's report, when one is asked for.</summary>
    [Fact]
    public void No_row_gives_a_wrong_date()
    {
        var reportPath = Environment.GetEnvironmentVariable("DATE_CORPUS_REPORT") is { Length: > 0 } path
            ? Path.ChangeExtension(path, ".meeting-news" + Path.GetExtension(path))
            : null;

        Assert.Empty(PeerCorpusTableTests.Tally(Rows, output, reportPath));
    }
}
