using System.Globalization;

namespace BharatBrief.Corpus.Writing;

/// <summary>
/// How an article written on one day names another day: absolutely ("4 December 2025", "December 4–5", "early May
/// 2025") or relatively ("on Monday", "last year", "in July", "next month") — only the relative forms that are true
/// from the article's date. Relative forms come twice as often, as in news.
/// </summary>
public static class DatePhrases
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>An adverbial phrase: "on 4 December 2025", "last year", "on Monday".</summary>
    public static string When(DateOnly start, DateOnly end, DateOnly today, Random random)
    {
        var absolute = new List<string>
        {
            $"on {start.Day} {Month(start)} {start.Year}",
            $"on {Month(start)} {start.Day}, {start.Year}",
            $"in {Month(start)} {start.Year}",
            $"in {Part(start)}{Month(start)} {start.Year}",
        };
        if (end > start && end.Month == start.Month)
        {
            absolute.Add($"on {start.Day}-{end.Day} {Month(start)} {start.Year}");
        }
        var relative = Relative(start, end, today);
        var options = relative.Count > 0 && random.Next(3) > 0 ? relative : absolute;
        return options[random.Next(options.Count)];
    }

    /// <summary>Before a noun: "Modi's [July 2024] visit", "the [2021] summit", "his [December] visit".</summary>
    public static string Attributive(DateOnly date, DateOnly today, Random random)
    {
        var options = new List<string> { $"{Month(date)} {date.Year}", Year(date) };
        if (date.Year == today.Year && date < today)
        {
            options.Add(Month(date));
        }
        return options[random.Next(options.Count)];
    }

    /// <summary>A wire dateline's date: "5 Oct 2018", "Oct 5", "October 5".</summary>
    public static string Dateline(DateOnly date, Random random) => random.Next(4) switch
    {
        0 => $"{date.Day} {ShortMonth(date)} {date.Year}",
        1 => $"{ShortMonth(date)} {date.Day}",
        2 => $"{Month(date)} {date.Day}",
        _ => $"{date.Day} {Month(date)} {date.Year}",
    };

    /// <summary>A published stamp or front-matter date: ISO, the form editors' tools write.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    public static string Long(DateOnly date) => $"{date.Day} {Month(date)} {date.Year}";

    public static string DayRange(DateOnly start, DateOnly end) => end == start
        ? $"{Month(start)} {start.Day}"
        : end.Month == start.Month ? $"{Month(start)} {start.Day}–{end.Day}" : $"{Month(start)} {start.Day} – {Month(end)} {end.Day}";

    public static string Month(DateOnly date) => date.ToString("MMMM", Invariant);

    public static string Year(DateOnly date) => date.Year.ToString(Invariant);

    public static string Weekday(DateOnly date) => date.DayOfWeek.ToString();

    private static string ShortMonth(DateOnly date) => date.ToString("MMM", Invariant);

    private static string Part(DateOnly date) => date.Day switch { <= 10 => "early ", <= 20 => "mid-", _ => "late " };

    private static List<string> Relative(DateOnly start, DateOnly end, DateOnly today)
    {
        var options = new List<string>();
        var days = start.DayNumber - today.DayNumber;
        if (days != 0 && Math.Abs(days) <= 6)
        {
            options.Add($"on {Weekday(start)}");
        }
        if (days == 0)
        {
            options.Add("today");
        }
        if (start.Year == today.Year)
        {
            options.Add(end > start && end.Month == start.Month ? $"on {Month(start)} {start.Day}–{end.Day}" : $"on {Month(start)} {start.Day}");
            options.Add($"on {start.Day} {Month(start)}");
            if (start.Month != today.Month)
            {
                options.Add($"in {Month(start)}");
            }
            else
            {
                options.Add("this month");
            }
        }
        var months = (start.Year - today.Year) * 12 + start.Month - today.Month;
        if (months == -1)
        {
            options.Add("last month");
        }
        if (months == 1)
        {
            options.Add("next month");
        }
        if (start.Year == today.Year - 1)
        {
            options.Add("last year");
            options.Add($"in {Month(start)} last year");
        }
        if (start.Year == today.Year + 1)
        {
            options.Add("next year");
            options.Add($"in {Month(start)} next year");
        }
        return options;
    }
}
