namespace BharatBrief.Corpus.Writing;

/// <summary>A section on one theme: a heading, a paragraph or two of its era, sometimes a dash list.</summary>
public static class ThemeSections
{
    public static Section Write(string theme, DateOnly date, PhraseDraw draw, Slots slots)
    {
        var section = new Section(draw.Write(slots, $"heading.{theme}"), []);
        section.Blocks.Add(new Paragraph(draw.Write(slots, ParagraphKeys(theme, date))));
        if (draw.Random.Next(2) == 0 && draw.Has($"bullets.{theme}"))
        {
            var items = new List<string>();
            for (var count = draw.Random.Next(3, 6); count > 0 && draw.TryWrite(slots, $"bullets.{theme}") is { } item; count--)
            {
                items.Add(item);
            }
            if (items.Count >= 2)
            {
                section.Blocks.Add(new BulletList(draw.Write(slots, "bullets.lead"), items));
            }
        }
        return section;
    }

    /// <summary>A theme's paragraphs for any time, and those only true of the article's era.</summary>
    public static string[] ParagraphKeys(string theme, DateOnly date) => [$"para.{theme}", $"para.{theme}.{Eras.Of(date)}"];
}
