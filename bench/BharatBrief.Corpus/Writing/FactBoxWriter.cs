using BharatBrief.Corpus.World;

namespace BharatBrief.Corpus.Writing;

/// <summary>The "Fact Box" table of features: dates, venue, leaders, agenda, the key agreement, trade, context.</summary>
public static class FactBoxWriter
{
    public static FactBox Write(ArticlePlan plan, CorpusWorld world, PhraseDraw draw, Slots slots)
    {
        var random = draw.Random;
        var focus = plan.Focus;
        var rows = new List<(string, string)>();
        if (plan.Stance != Stance.Retrospective)
        {
            rows.Add((Pick(random, "Visit Dates", "Summit Dates", "Dates", "When"), DatePhrases.DayRange(focus.Start, focus.End)));
            if (focus.City is { } city)
            {
                rows.Add((Pick(random, "Venue", "Host City", "Location"), focus.Venue is { } venue ? $"{venue}, {city.Name}" : city.Name));
            }
            rows.Add(("Leaders", random.Next(2) == 0 ? $"{focus.Russia.FullName} & {focus.India.FullName}" : $"{focus.India.FullName} and {focus.Russia.FullName}"));
        }
        rows.Add((Pick(random, "Major Agenda", "Agenda", "Key Issues"), Template.Capitalise(string.Join(", ", plan.Themes.Select(theme => AgreementWriter.ThemeName(world, theme))))));
        if (plan.Agreements.FirstOrDefault(agreement => agreement.StepOn(plan.Date) is not null) is { } agreement)
        {
            var status = agreement.StepOn(plan.Date)!.Status;
            rows.Add(($"Key Agreement {StatusWord(status)}", agreement.Acronym is { } acronym ? $"{acronym} ({agreement.Name})" : agreement.Name));
        }
        rows.Add(($"Bilateral Trade ({slots.Get("trade_year", random)})", slots.Get("trade", random)));
        rows.Add((Pick(random, "Context", "Key Concern", "Background"), draw.Write(slots, "factbox.context")));
        return new FactBox(rows);
    }

    private static string StatusWord(AgreementStatus status) => status switch
    {
        AgreementStatus.Proposed => "Proposed",
        AgreementStatus.UnderNegotiation => "Under Negotiation",
        AgreementStatus.Agreed => "Finalised",
        AgreementStatus.Signed => "Signed",
        AgreementStatus.Ratified => "Ratified",
        _ => "In Force",
    };

    private static string Pick(Random random, params string[] options) => options[random.Next(options.Length)];
}
