using System.Text;
using BharatBrief.Corpus.World;
using BharatBrief.Corpus.Writing;

namespace BharatBrief.Corpus.Layouts;

/// <summary>
/// Paragraphs only, as most news pages paste: sometimes a headline with a subtitle and a blank line, sometimes a
/// "Moscow, Russia –" opening, quotes run into the text, no headings; "Comments" or a related link at the end.
/// </summary>
public static class PlainLayout
{
    public static string Render(ArticleContent content, ArticlePlan plan, CorpusWorld world, Random random)
    {
        var text = new StringBuilder();
        var separator = random.Next(2) == 0 ? "\n\n" : "\n";
        if (random.Next(2) == 0)
        {
            text.Append(content.Title);
            if (random.Next(3) == 0)
            {
                text.Append(" – ").Append(world.Book.Pick("subtitle", random));
            }
            text.Append("\n\n");
        }
        if (random.Next(10) < 4)
        {
            text.Append(Stamps.Line(plan.Date, random)).Append("\n\n");
        }
        if (random.Next(3) == 0)
        {
            var city = WireLayout.DatelineCity(plan, world, random);
            text.Append(city.Name).Append(", ").Append(city.Country).Append(" – ");
        }
        text.Append(content.Lede).Append(separator);
        foreach (var block in content.Opening.Concat(content.Sections.SelectMany(section => section.Blocks)))
        {
            switch (block)
            {
                case Paragraph paragraph:
                    text.Append(paragraph.Text).Append(separator);
                    break;
                case Quote quote:
                    text.Append(quote.Speaker).Append(" said: “").Append(quote.Text).Append('”').Append(separator);
                    break;
            }
        }
        if (content.FactBox is { } box)
        {
            Tables.AppendFactBox(text, box, random);
        }
        text.Append(content.Closing);
        text.Append(random.Next(4) switch
        {
            0 => "\n\nComments",
            1 => "\n\nAlso read: " + world.Book.Pick("related", random) + "\n",
            _ => "",
        });
        return text.ToString();
    }
}
