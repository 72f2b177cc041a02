using System.Text;
using BharatBrief.Corpus.World;
using BharatBrief.Corpus.Writing;

namespace BharatBrief.Corpus.Layouts;

/// <summary>
/// A blog explainer like the first seed: a lede, emoji question headings, numbered headings each with a paragraph,
/// dash lists split over lines ("-" alone, then "Label: text"), a takeaway, a bookmark plug and "Comments".
/// </summary>
public static class ExplainerLayout
{
    private static readonly string[] Emojis = ["🔍", "🌏", "🧭", "📌", "⚖️", "🛢️", "🛡️", "💬"];

    public static string Render(ArticleContent content, ArticlePlan plan, CorpusWorld world, Random random)
    {
        var book = world.Book;
        var outlet = book.Pick("outlet", random);
        var text = new StringBuilder();
        text.Append(content.Lede);
        foreach (var paragraph in content.Opening.OfType<Paragraph>())
        {
            text.Append(' ').Append(paragraph.Text);
        }
        text.Append('\n');
        var numbered = content.Sections.Take(Math.Min(4, content.Sections.Count)).ToList();
        text.Append(book.Pick("explainer.question", random)).Append('\n');
        for (var i = 0; i < numbered.Count; i++)
        {
            text.Append(i + 1).Append(". ").Append(numbered[i].Heading).Append('\n');
            AppendBlocks(text, numbered[i].Blocks, random);
        }
        foreach (var section in content.Sections.Skip(numbered.Count))
        {
            text.Append(Emojis[random.Next(Emojis.Length)]).Append(' ').Append(section.Heading).Append('\n');
            AppendBlocks(text, section.Blocks, random);
        }
        text.Append("💡 The ").Append(outlet).Append(" Takeaway\n").Append(content.Closing).Append('\n');
        if (random.Next(10) < 3)
        {
            text.Append(Stamps.Line(plan.Date, random)).Append('\n');
        }
        text.Append("🧠 ").Append(Template.Expand(book.Pick("plug.explainer", random), new Slots().Set("outlet", outlet), random));
        text.Append(random.Next(2) == 0 ? "\n\n\n\nComments" : "\n");
        return text.ToString();
    }

    private static void AppendBlocks(StringBuilder text, IEnumerable<Block> blocks, Random random)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    text.Append(paragraph.Text).Append('\n');
                    break;
                case BulletList list:
                    foreach (var item in list.Items)
                    {
                        // The split list of pasted blog posts: the dash on a line of its own.
                        text.Append("-\n").Append(item).Append('\n');
                    }
                    if (random.Next(3) == 0)
                    {
                        text.Append(".\n");
                    }
                    break;
                case Quote quote:
                    text.Append('“').Append(quote.Text).Append("” — ").Append(quote.Speaker).Append('\n');
                    break;
                case FactBox:
                    break;
            }
        }
    }
}
