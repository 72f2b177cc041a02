using BharatBrief.Corpus.Writing;

namespace BharatBrief.Corpus.World;

/// <summary>
/// A seeded calendar of India–Russia leaders' meetings from 2000: numbered annual summits alternating between the
/// two countries (some called off), informal summits and state visits, meetings on the sidelines of BRICS, SCO and
/// G20 summits, and phone calls.
/// </summary>
public static class MeetingCalendar
{
    public static IReadOnlyList<Meeting> Build(Random random, Phrasebook book, Offices offices, Places places)
    {
        var meetings = new List<Meeting>();
        AddAnnualSummits(meetings, random, book, offices, places);
        AddVisits(meetings, random, book, offices, places);
        foreach (var (forum, hosts) in places.Forums)
        {
            AddForumMeetings(meetings, random, offices, places, forum, hosts);
        }
        AddPhoneCalls(meetings, random, offices);
        return [.. meetings.OrderBy(meeting => meeting.Start).ThenBy(meeting => meeting.Kind).Select((meeting, index) => meeting with { Id = index })];
    }

    private static void AddAnnualSummits(List<Meeting> meetings, Random random, Phrasebook book, Offices offices, Places places)
    {
        var ordinal = 0;
        var indiaHosts = true;
        for (var year = 2000; year <= CorpusCalendar.LastYear; year++)
        {
            var start = year == 2000 ? CorpusCalendar.DayIn(random, year, 10, 10) : CorpusCalendar.DayIn(random, year, 6, 12);
            var end = start.AddDays(random.Next(2));
            var city = places.SummitCity(indiaHosts ? "India" : "Russia", random);
            var venue = city.Venues.Count > 0 && random.Next(3) > 0 ? city.Venues[random.Next(city.Venues.Count)] : null;
            var india = offices.On("india.head", start);
            var russia = offices.On("russia.head", start);
            var reason = year switch
            {
                2020 => "because of the COVID-19 pandemic",
                2022 => "amid the fallout of the war in Ukraine",
                _ when year > 2000 && random.NextDouble() < 0.07 => book.Pick("cancel.reason", random),
                _ => null,
            };
            var announced = start.AddDays(-random.Next(25, 120));
            var held = reason is null;
            meetings.Add(new Meeting(0, MeetingKind.AnnualSummit, start, end, city, venue, held ? ++ordinal : null, null, india, russia,
                indiaHosts ? india : russia, announced, held ? null : start.AddDays(-random.Next(3, 25)), reason));
            indiaHosts ^= held;
        }
    }

    /// <summary>About one visit outside the annual format a year: informal summits, and state visits (often a president's), a few called off.</summary>
    private static void AddVisits(List<Meeting> meetings, Random random, Phrasebook book, Offices offices, Places places)
    {
        for (var year = 2001; year <= CorpusCalendar.LastYear; year++)
        {
            if (random.Next(10) < 2)
            {
                continue;
            }
            var informal = random.Next(4) == 0;
            var start = CorpusCalendar.DayIn(random, year, 1, 12);
            var toRussia = random.Next(2) == 0;
            var city = places.SummitCity(toRussia ? "Russia" : "India", random);
            var venue = city.Venues.Count > 0 && random.Next(2) == 0 ? city.Venues[random.Next(city.Venues.Count)] : null;
            // State visits outside the annual format are often a president's or a prime minister's; informal summits are the heads'.
            var india = !informal && random.Next(2) == 0 ? offices.On("india.president", start) : offices.On("india.head", start);
            var russia = !informal && random.Next(3) == 0 ? offices.On("russia.pm", start) : offices.On("russia.head", start);
            var cancelled = random.Next(10) == 0;
            meetings.Add(new Meeting(0, informal ? MeetingKind.InformalSummit : MeetingKind.StateVisit, start, start.AddDays(random.Next(informal ? 2 : 4)),
                city, venue, null, null, india, russia, toRussia ? russia : india, start.AddDays(-random.Next(10, 60)),
                cancelled ? start.AddDays(-random.Next(2, 10)) : null, cancelled ? book.Pick("cancel.reason", random) : null));
        }
    }

    private static void AddForumMeetings(List<Meeting> meetings, Random random, Offices offices, Places places, Forum forum, IReadOnlyList<string> hosts)
    {
        var chance = forum.Name switch { "BRICS" => 0.8, "SCO" => 0.7, _ => 0.35 };
        for (var year = forum.FirstYear; year <= CorpusCalendar.LastYear; year++)
        {
            var hostCountry = hosts[(year - forum.FirstYear) % hosts.Count];
            // Putin stopped attending G20 summits in person after 2021.
            if (random.NextDouble() >= chance || (forum.Name == "G20" && year > 2021))
            {
                continue;
            }
            var start = CorpusCalendar.DayIn(random, year, forum.Name == "G20" ? 9 : 6, forum.Name == "G20" ? 11 : 10);
            var city = places.ForumCity(hostCountry, random);
            var india = offices.On("india.head", start);
            var russia = offices.On("russia.head", start);
            var host = hostCountry switch { "India" => india, "Russia" => russia, _ => null };
            meetings.Add(new Meeting(0, MeetingKind.Multilateral, start, start, city, null, null, forum, india, russia, host, start.AddDays(-random.Next(7, 30))));
        }
    }

    private static void AddPhoneCalls(List<Meeting> meetings, Random random, Offices offices)
    {
        for (var year = 2000; year <= CorpusCalendar.LastYear; year++)
        {
            var calls = year < 2014 ? random.Next(3, 7) : random.Next(4, 11);
            for (var i = 0; i < calls; i++)
            {
                var day = CorpusCalendar.DayIn(random, year, year == 2000 ? 6 : 1, 12);
                if (day > CorpusCalendar.LastArticle)
                {
                    continue;
                }
                meetings.Add(new Meeting(0, MeetingKind.PhoneCall, day, day, null, null, null, null,
                    offices.On("india.head", day), offices.On("russia.head", day), null, day));
            }
        }
    }
}
