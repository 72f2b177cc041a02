using BharatBrief.Corpus.World;

namespace BharatBrief.Corpus.Writing;

/// <summary>The slots that name one meeting as seen from an article's date: its leaders, place, number and date phrases.</summary>
public static class MeetingSlots
{
    public static Slots For(Meeting meeting, DateOnly today, Phrasebook book, Slots? parent)
    {
        var slots = new Slots(parent)
            .Set("in", meeting.India.Surname).Set("in_full", meeting.India.FullName).Set("in_title", meeting.India.Title)
            .Set("ru", meeting.Russia.Surname).Set("ru_full", meeting.Russia.FullName).Set("ru_title", meeting.Russia.Title)
            .Set("both", random => random.Next(2) == 0 ? $"{meeting.India.Surname} and {meeting.Russia.Surname}" : $"{meeting.Russia.Surname} and {meeting.India.Surname}")
            .Set("pair", random => random.Next(2) == 0 ? $"{meeting.India.Surname}–{meeting.Russia.Surname}" : $"{meeting.Russia.Surname}-{meeting.India.Surname}")
            .Set("when", random => DatePhrases.When(meeting.Start, meeting.End, today, random))
            .Set("when_attr", random => DatePhrases.Attributive(meeting.Start, today, random))
            .Set("days", DatePhrases.DayRange(meeting.Start, meeting.End))
            .Set("weekday", DatePhrases.Weekday(meeting.Start))
            .Set("next_weekday", DatePhrases.Weekday(meeting.Start.AddDays(1)))
            .Set("year", DatePhrases.Year(meeting.Start))
            .Set("month_year", $"{DatePhrases.Month(meeting.Start)} {meeting.Start.Year}")
            .Set("long_date", DatePhrases.Long(meeting.Start))
            .Set("duration", meeting.IsMultiDay ? (meeting.End.DayNumber - meeting.Start.DayNumber + 1) switch { 2 => "two-day", 3 => "three-day", _ => "four-day" } : "one-day")
            .Set("kind_noun", Noun(meeting))
            .Set("elapsed", Elapsed(meeting.End, today));
        var city = meeting.City;
        slots.Set("city", city?.Name ?? "Moscow").Set("country", city?.Country ?? "Russia")
            .Set("venue", meeting.Venue ?? city?.Name ?? "Moscow")
            .Set("at_venue", meeting.Venue is { } venue ? $" at {venue}" : "");
        var host = meeting.Host ?? meeting.Russia;
        var guest = meeting.Guest ?? meeting.India;
        slots.Set("host", host.Surname).Set("host_full", host.FullName).Set("host_title", host.Title)
            .Set("host_country", host.Country).Set("host_adj", Adjective(host.Country))
            .Set("guest", guest.Surname).Set("guest_full", guest.FullName).Set("guest_title", guest.Title)
            .Set("guest_country", guest.Country).Set("guest_adj", Adjective(guest.Country));
        // A summit that was called off has no number; "the [ordinal] summit" then reads "the summit".
        if (meeting.Ordinal is { } ordinal)
        {
            slots.Set("ordinal", Ordinals.Numeric(ordinal)).Set("nth", random => Ordinals.Any(ordinal, random));
        }
        else
        {
            slots.Set("ordinal", "").Set("nth", "");
        }
        slots.Set("which_year", (meeting.Start.Year - today.Year) switch
        {
            0 => "this year’s",
            -1 => "last year’s",
            1 => "next year’s",
            _ => $"the {meeting.Start.Year}",
        });
        if (meeting.Forum is { } forum)
        {
            slots.Set("forum", forum.Name).Set("forum_long", forum.LongName).Set("forum_summit", forum.SummitName);
        }
        slots.Set("reason", meeting.CancelReason ?? "owing to scheduling difficulties");
        slots.Set("ref", random => Template.Expand(book.Pick($"ref.{ClassOf(meeting)}", random), slots, random));
        return slots;
    }

    /// <summary>The phrasebook suffix of a meeting's kind: annual, visit, informal, multilateral, phone.</summary>
    public static string ClassOf(Meeting meeting) => meeting.Kind switch
    {
        MeetingKind.AnnualSummit => "annual",
        MeetingKind.StateVisit => "visit",
        MeetingKind.InformalSummit => "informal",
        MeetingKind.Multilateral => "multilateral",
        _ => "phone",
    };

    public static string Adjective(string country) => country switch { "India" => "Indian", "Russia" => "Russian", _ => country };

    /// <summary>How long ago a meeting was, as a retrospective says it: "weeks", "months", "more than a year".</summary>
    private static string Elapsed(DateOnly end, DateOnly today) => (today.DayNumber - end.DayNumber) switch
    {
        < 0 => "days",
        < 60 => "weeks",
        < 365 => "months",
        < 730 => "more than a year",
        _ => "more than two years",
    };

    private static string Noun(Meeting meeting) => meeting.Kind switch
    {
        MeetingKind.AnnualSummit => "summit",
        MeetingKind.StateVisit => "visit",
        MeetingKind.InformalSummit => "informal summit",
        MeetingKind.Multilateral => "meeting",
        _ => "phone call",
    };
}
