using BharatBrief.Corpus.World;

namespace BharatBrief.Corpus.Writing;

/// <summary>
/// What an article says of each agreement it names: its status as of the article's date in the words of that status
/// ("inked", "finalised", "yet to be ratified"), with the long form and acronym, and the summit where it was signed.
/// </summary>
public static class AgreementWriter
{
    public static Section? Section(ArticlePlan plan, CorpusWorld world, PhraseDraw draw, Slots article)
    {
        var sentences = plan.Agreements.Select(agreement => Sentence(agreement, plan, world, draw, article)).Where(text => text is not null).Cast<string>().ToList();
        if (sentences.Count == 0)
        {
            return null;
        }
        var section = new Section(draw.Write(article, "heading.agreements"), []);
        for (var i = 0; i < sentences.Count; i += 2)
        {
            section.Blocks.Add(new Paragraph(string.Join(' ', sentences.Skip(i).Take(2))));
        }
        return section;
    }

    private static string? Sentence(Agreement agreement, ArticlePlan plan, CorpusWorld world, PhraseDraw draw, Slots article)
    {
        var step = agreement.StepOn(plan.Date);
        var upcoming = agreement.Steps.FirstOrDefault(candidate => candidate.AtMeeting == plan.Focus && candidate.Date >= plan.Date);
        string key;
        if (upcoming is not null && plan.Stance is Stance.Preview)
        {
            key = "agreement.expected";
        }
        else if (step?.AtMeeting == plan.Focus && plan.Stance is Stance.Report or Stance.Live)
        {
            key = "agreement.signed_here";
        }
        else if (step is not null)
        {
            key = $"agreement.{StatusKey(step.Status)}";
        }
        else
        {
            return null;
        }
        var slots = new Slots(article)
            .Set("long", agreement.LongForm).Set("name", agreement.Name).Set("short", agreement.ShortForm).Set("noun", agreement.Noun)
            .Set("theme_name", ThemeName(world, agreement.Theme));
        if (step is not null)
        {
            slots.Set("a_when", rnd => DatePhrases.When(step.Date, step.Date, plan.Date, rnd))
                .Set("a_year", DatePhrases.Year(step.Date))
                .Set("at_meeting", rnd => step.AtMeeting is { } meeting
                    ? $" during {MeetingSlots.For(meeting, plan.Date, world.Book, article).Get("ref", rnd)}"
                    : "");
        }
        return draw.Write(slots, key);
    }

    public static string ThemeName(CorpusWorld world, string theme) =>
        world.Book.Rows("theme.name").FirstOrDefault(row => row[0] == theme)?[1] ?? theme;

    private static string StatusKey(AgreementStatus status) => status switch
    {
        AgreementStatus.Proposed => "proposed",
        AgreementStatus.UnderNegotiation => "negotiation",
        AgreementStatus.Agreed => "agreed",
        AgreementStatus.Signed => "signed",
        AgreementStatus.Ratified => "ratified",
        _ => "inforce",
    };
}
