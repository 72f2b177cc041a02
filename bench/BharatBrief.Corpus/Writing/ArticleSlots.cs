using System.Globalization;
using BharatBrief.Corpus.World;

namespace BharatBrief.Corpus.Writing;

/// <summary>
/// The slots of one article: its date, the ministers and spokespeople in office then, trade figures of the time,
/// analysts drawn afresh at each quote, and on top of these the slots of the meeting it is about.
/// </summary>
public static class ArticleSlots
{
    public static Slots For(ArticlePlan plan, CorpusWorld world, Random random)
    {
        var book = world.Book;
        var today = plan.Date;
        var article = new Slots()
            .Set("today", DatePhrases.Long(today)).Set("today_weekday", DatePhrases.Weekday(today))
            .Set("said_when", rnd => SaidWhen(today, rnd))
            .Set("analyst", rnd => Analysts.Describe(book, rnd))
            .Set("analyst_name", rnd => Analysts.Name(book, rnd))
            .Set("outlet", book.Pick("outlet", random));
        foreach (var office in new[] { "india.foreign", "russia.foreign", "india.defence", "russia.defence", "india.commerce", "russia.deputy", "india.president", "russia.pm" })
        {
            var person = world.Offices.On(office, today);
            var key = office.Replace('.', '_');
            article.Set(key, person.Surname).Set($"{key}_full", person.FullName).Set($"{key}_titled", person.Titled);
        }
        var era = Eras.Of(today);
        article.Set("issue", rnd => book.Pick($"issue.{era}", rnd)).Set("pressure", rnd => book.Pick($"pressure.{era}", rnd))
            .Set("peace_line", era == "war" ? "“today’s era is not an era of war”" : "“dialogue and diplomacy” remained the only way forward");
        article.Set("kremlin_voice", today.Year >= 2012 ? "Kremlin spokesperson Dmitry Peskov" : "a Kremlin spokesman");
        var lastYear = today.Year - 1;
        var (target, byYear) = TradeFigures.TargetAsOf(today.Year);
        article.Set("trade", rnd => Money(TradeFigures.In(lastYear), rnd)).Set("trade_year", lastYear.ToString(CultureInfo.InvariantCulture))
            .Set("trade_before", rnd => Money(TradeFigures.In(lastYear - 3), rnd)).Set("trade_before_year", (lastYear - 3).ToString(CultureInfo.InvariantCulture))
            .Set("target", rnd => Money(target, rnd)).Set("target_year", byYear.ToString(CultureInfo.InvariantCulture))
            .Set("oil_share", today.Year >= 2023 ? "35–40%" : today.Year >= 2022 ? "about 20%" : "less than 2%")
            .Set("arms_share", today.Year >= 2020 ? "60–70%" : "70%");
        return MeetingSlots.For(plan.Focus, today, book, article);
    }

    /// <summary>"$68.7 billion", "USD 68.7 billion", "nearly $69 billion".</summary>
    public static string Money(double billions, Random random)
    {
        var exact = billions.ToString("0.#", CultureInfo.InvariantCulture);
        return random.Next(5) switch
        {
            0 => $"USD {exact} billion",
            1 => $"nearly ${Math.Ceiling(billions).ToString(CultureInfo.InvariantCulture)} billion",
            2 => $"${exact}bn",
            _ => $"${exact} billion",
        };
    }

    private static string SaidWhen(DateOnly today, Random random)
    {
        var back = random.Next(0, 5);
        return back == 0 ? "today" : $"on {DatePhrases.Weekday(today.AddDays(-back))}";
    }
}
