using System.Text;
using BharatBrief.Corpus.World;
using BharatBrief.Corpus.Writing;

namespace BharatBrief.Corpus.Layouts;

/// <summary>
/// A long feature as news sites paste it: a lede (sometimes under a headline), a table of contents as a dash list
/// whose entries come back as headings, dash lists under a lead-in, analysts' quotes, a Fact Box, a plug at the end.
/// </summary>
public static class FeatureLayout
{
    public static string Render(ArticleContent content, ArticlePlan plan, CorpusWorld world, Random random)
    {
        var text = new StringBuilder();
        if (random.Next(10) < 3)
        {
            text.Append(content.Title).Append('\n');
        }
        if (random.Next(10) < 4)
        {
            text.Append(Stamps.Line(plan.Date, random)).Append('\n');
        }
        text.Append(content.Lede).Append('\n');
        foreach (var block in content.Opening)
        {
            Append(text, block, random);
        }
        if (random.Next(10) < 8)
        {
            foreach (var section in content.Sections)
            {
                text.Append("- ").Append(section.Heading).Append('\n');
            }
        }
        foreach (var section in content.Sections)
        {
            text.Append(section.Heading).Append('\n');
            foreach (var block in section.Blocks)
            {
                Append(text, block, random);
            }
        }
        if (content.FactBox is { } box)
        {
            Tables.AppendFactBox(text, box, random);
        }
        text.Append(content.Closing).Append('\n');
        if (random.Next(10) < 7)
        {
            text.Append(Template.Expand(world.Book.Pick("plug.feature", random), new Slots().Set("outlet", world.Book.Pick("outlet", random)), random)).Append('\n');
        }
        return text.ToString();
    }

    private static void Append(StringBuilder text, Block block, Random random)
    {
        switch (block)
        {
            case Paragraph paragraph:
                text.Append(paragraph.Text).Append('\n');
                break;
            case BulletList list:
                text.Append(list.LeadIn).Append('\n');
                foreach (var item in list.Items)
                {
                    text.Append("- ").Append(item).Append('\n');
                }
                break;
            case Quote quote:
                text.Append(quote.Speaker).Append(' ').Append(quote.Verb).Append('\n');
                text.Append(random.Next(2) == 0 ? $"“{quote.Text}”" : $"\"{quote.Text}\"").Append('\n');
                break;
        }
    }
}
