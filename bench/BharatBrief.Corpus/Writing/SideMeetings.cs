using System.Globalization;
using BharatBrief.Corpus.World;

namespace BharatBrief.Corpus.Writing;

/// <summary>
/// Meetings that are news but not India–Russia summits: ministers preparing a visit, and a leader's visit to a third
/// country. Real articles mix them in; the pipeline must not take them for summits.
/// </summary>
public static class SideMeetings
{
    public static string Ministers(ArticlePlan plan, CorpusWorld world, PhraseDraw draw, Slots article)
    {
        var random = draw.Random;
        var day = plan.Date.AddDays(-random.Next(2, 60));
        var city = random.Next(2) == 0 ? world.Places.Capital("India") : world.Places.Capital("Russia");
        var slots = new Slots(article)
            .Set("min_city", city.Name)
            .Set("min_when", rnd => DatePhrases.When(day, day, plan.Date, rnd));
        return draw.Write(slots, "para.ministers");
    }

    public static string? ThirdCountry(ArticlePlan plan, CorpusWorld world, PhraseDraw draw, Slots article)
    {
        var random = draw.Random;
        var day = plan.Date.AddDays(-random.Next(5, 300));
        var leaders = world.Book.Rows("third.leaders")
            .Where(row => int.Parse(row[5], CultureInfo.InvariantCulture) <= day.Year && day.Year <= int.Parse(row[6], CultureInfo.InvariantCulture)).ToList();
        if (leaders.Count == 0)
        {
            return null;
        }
        var row = leaders[random.Next(leaders.Count)];
        var visitor = random.Next(3) > 0 ? world.Offices.On("india.head", day) : world.Offices.On("russia.head", day);
        var slots = new Slots(article)
            .Set("visitor", visitor.Surname).Set("visitor_full", visitor.FullName).Set("visitor_titled", visitor.Titled)
            .Set("visitor_adj", MeetingSlots.Adjective(visitor.Country))
            .Set("third_country", row[0]).Set("third_city", row[1]).Set("third_title", row[2]).Set("third_full", row[3]).Set("third", row[4])
            .Set("third_when", rnd => DatePhrases.When(day, day, plan.Date, rnd));
        return draw.Write(slots, "para.third");
    }
}
