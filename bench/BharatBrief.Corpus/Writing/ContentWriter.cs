using BharatBrief.Corpus.World;

namespace BharatBrief.Corpus.Writing;

/// <summary>
/// Writes what an article says: the news of its meeting from where the article stands in time, the agreements it
/// names, a section per theme, the earlier meetings it recalls, ministers' and third-country meetings that are not
/// summits, analysts' quotes and a fact box — then background paragraphs until it reaches its planned length.
/// </summary>
public sealed class ContentWriter(CorpusWorld world)
{
    public ArticleContent Compose(ArticlePlan plan, Random random)
    {
        var slots = ArticleSlots.For(plan, world, random);
        var previous = world.Meetings.LastOrDefault(meeting => meeting.End < plan.Focus.Start && !meeting.IsCancelled && meeting.Kind != MeetingKind.PhoneCall);
        slots.Set("when_prev", rnd => previous is null ? "2000" : rnd.Next(2) == 0 ? DatePhrases.Year(previous.Start) : $"{DatePhrases.Month(previous.Start)} {previous.Start.Year}");
        var draw = new PhraseDraw(world.Book, random);
        var stance = StanceKey(plan.Stance);
        var kind = MeetingSlots.ClassOf(plan.Focus);
        var era = Eras.Of(plan.Date);
        var setting = Setting(plan.Focus);
        string[] Keys(string prefix) =>
            [prefix, $"{prefix}.{stance}", $"{prefix}.{stance}.{kind}", $"{prefix}.{stance}.{setting}", $"{prefix}.{stance}.{era}", $"{prefix}.{era}"];

        var title = draw.Write(slots, Keys("title"));
        var lede = draw.Write(slots, Keys("lede"));
        var opening = new List<Block> { new Paragraph(draw.Write(slots, Keys("focus"))) };
        var sections = new List<Section>();
        var news = new Section(draw.Write(slots, Keys("heading.news")), []);
        if (draw.TryWrite(slots, Keys("focus")) is { } more)
        {
            news.Blocks.Add(new Paragraph(more));
        }
        if (random.Next(5) < 2)
        {
            news.Blocks.Add(new Paragraph(SideMeetings.Ministers(plan, world, draw, slots)));
        }
        sections.Add(news);
        if (AgreementWriter.Section(plan, world, draw, slots) is { } agreements)
        {
            sections.Add(agreements);
        }
        var themeSections = plan.Themes.Select(theme => ThemeSections.Write(theme, plan.Date, draw, slots)).ToList();
        sections.AddRange(themeSections);
        if (HistoryWriter.Section(plan, world, draw, slots) is { } history)
        {
            sections.Insert(random.Next(1, sections.Count + 1), history);
        }
        if (random.Next(4) == 0 && SideMeetings.ThirdCountry(plan, world, draw, slots) is { } third)
        {
            sections[random.Next(1, sections.Count)].Blocks.Add(new Paragraph(third));
        }
        if (plan.Layout != Layout.Wire || random.Next(2) == 0)
        {
            sections.Add(QuoteWriter.Section(plan, draw, slots));
        }
        var factBox = WantsFactBox(plan, random) ? FactBoxWriter.Write(plan, world, draw, slots) : null;
        var closing = draw.Write(slots, Keys("para.conclusion"));
        var content = new ArticleContent(title, lede, opening, sections, factBox, closing);
        FillUp(content, plan, themeSections, draw, slots);
        return content;
    }

    /// <summary>Adds theme and background paragraphs until the article reaches about its planned length.</summary>
    private static void FillUp(ArticleContent content, ArticlePlan plan, List<Section> themeSections, PhraseDraw draw, Slots slots)
    {
        var length = content.Length;
        var target = plan.TargetLength - 250;
        var exhausted = new HashSet<Section>();
        while (length < target && exhausted.Count < themeSections.Count)
        {
            var section = themeSections[draw.Random.Next(themeSections.Count)];
            var theme = plan.Themes[themeSections.IndexOf(section)];
            var text = draw.TryWrite(slots, ThemeSections.ParagraphKeys(theme, plan.Date)) ?? draw.TryWrite(slots, "para.background");
            if (text is null)
            {
                exhausted.Add(section);
                continue;
            }
            section.Blocks.Add(new Paragraph(text));
            length += text.Length + 2;
        }
    }

    private static bool WantsFactBox(ArticlePlan plan, Random random) => plan.Layout switch
    {
        Layout.Feature => random.Next(10) < 7,
        Layout.MarkdownBrief => random.Next(10) < 3,
        Layout.Plain or Layout.Explainer => random.Next(10) < 1,
        _ => false,
    };

    /// <summary>Whether one leader visits the other (bilateral), they meet at a forum, or they only speak (remote).</summary>
    private static string Setting(Meeting meeting) => meeting.Kind switch
    {
        MeetingKind.Multilateral => "forum",
        MeetingKind.PhoneCall => "remote",
        _ => "bilateral",
    };

    public static string StanceKey(Stance stance) => stance switch
    {
        Stance.Preview => "preview",
        Stance.Live => "live",
        Stance.Report => "report",
        Stance.Retrospective => "retro",
        _ => "cancelled",
    };
}
