using System.Text;
using BharatBrief.Corpus.World;
using BharatBrief.Corpus.Writing;

namespace BharatBrief.Corpus.Layouts;

/// <summary>Wire copy: a headline, "NEW DELHI, 5 Oct 2018 (Reuters) -" before the lede, short paragraphs, a credit line.</summary>
public static class WireLayout
{
    public static string Render(ArticleContent content, ArticlePlan plan, CorpusWorld world, Random random)
    {
        var text = new StringBuilder();
        text.Append(content.Title).Append("\n\n");
        var city = DatelineCity(plan, world, random);
        var agency = world.Book.Pick("agency", random);
        var dateline = random.Next(5) switch
        {
            0 => $"{city.Name}, {DatePhrases.Dateline(plan.Date, random)}:",
            1 => $"{city.Dateline} ({agency}) -",
            _ => $"{city.Dateline}, {DatePhrases.Dateline(plan.Date, random)} ({agency}) -",
        };
        text.Append(dateline).Append(' ').Append(content.Lede).Append("\n\n");
        foreach (var block in content.Opening.Concat(content.Sections.SelectMany(section => section.Blocks)))
        {
            switch (block)
            {
                case Paragraph paragraph:
                    text.Append(paragraph.Text).Append("\n\n");
                    break;
                case Quote quote:
                    text.Append('"').Append(quote.Text.TrimEnd('.')).Append(",\" said ").Append(quote.Speaker).Append(".\n\n");
                    break;
                case BulletList list when random.Next(2) == 0:
                    text.Append(list.LeadIn).Append('\n');
                    foreach (var item in list.Items)
                    {
                        text.Append("- ").Append(item).Append('\n');
                    }
                    text.Append('\n');
                    break;
            }
        }
        text.Append(content.Closing).Append("\n\n");
        text.Append(Template.Expand(world.Book.Pick("credit.wire", random), new Slots()
            .Set("name", rnd => Analysts.Name(world.Book, rnd).Replace("Dr. ", "", StringComparison.Ordinal))
            .Set("city", city.Name), random)).Append('\n');
        return text.ToString();
    }

    /// <summary>Where the story is filed from: the meeting's city while it is news in India or Russia, else a capital.</summary>
    public static City DatelineCity(ArticlePlan plan, CorpusWorld world, Random random) =>
        plan.Stance is Stance.Preview or Stance.Live or Stance.Report && plan.Focus.City is { Country: "India" or "Russia" } city && random.Next(4) > 0
            ? city
            : world.Places.Capital(random.Next(2) == 0 ? "India" : "Russia");
}
