namespace BharatBrief.Corpus.Writing;

/// <summary>What observers and named analysts say, on the article's themes.</summary>
public static class QuoteWriter
{
    private static readonly string[] Verbs = ["notes:", "adds:", "says:", "argues:", "observes:", "points out:"];

    public static Section Section(ArticlePlan plan, PhraseDraw draw, Slots slots)
    {
        var random = draw.Random;
        var section = new Section(draw.Write(slots, "heading.quotes"), []);
        for (var count = random.Next(1, 3); count > 0 && draw.TryWrite(slots, "observer") is { } line; count--)
        {
            section.Blocks.Add(new Paragraph(line));
        }
        for (var count = random.Next(1, 3); count > 0; count--)
        {
            var theme = plan.Themes[random.Next(plan.Themes.Count)];
            var text = draw.TryWrite(slots, $"quote.{theme}") ?? draw.Write(slots, "quote.general");
            section.Blocks.Add(new Quote(slots.Get("analyst", random), Verbs[random.Next(Verbs.Length)], text));
        }
        return section;
    }
}
