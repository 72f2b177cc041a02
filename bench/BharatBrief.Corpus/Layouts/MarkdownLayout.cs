using System.Text;
using BharatBrief.Corpus.World;
using BharatBrief.Corpus.Writing;

namespace BharatBrief.Corpus.Layouts;

/// <summary>An editor's brief: front matter (usually with the published date), "#" title, "##" sections, numbered and bold lists, block quotes, tables.</summary>
public static class MarkdownLayout
{
    public static string Render(ArticleContent content, ArticlePlan plan, CorpusWorld world, Random random)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: \"").Append(content.Title.Replace("\"", "'", StringComparison.Ordinal)).Append("\"\n");
        if (random.Next(10) < 8)
        {
            text.Append("published: ").Append(DatePhrases.Iso(plan.Date)).Append('\n');
        }
        text.Append("tags: [").Append(string.Join(", ", plan.Themes)).Append("]\n");
        text.Append("author: ").Append(Analysts.Name(world.Book, random).Replace("Dr. ", "", StringComparison.Ordinal)).Append("\n---\n");
        text.Append("# ").Append(content.Title).Append("\n\n").Append(content.Lede).Append("\n\n");
        foreach (var block in content.Opening)
        {
            Append(text, block, random);
        }
        foreach (var section in content.Sections)
        {
            text.Append("## ").Append(section.Heading).Append("\n\n");
            foreach (var block in section.Blocks)
            {
                Append(text, block, random);
            }
        }
        if (content.FactBox is { } box)
        {
            text.Append("## ");
            Tables.AppendFactBox(text, box, random);
            text.Append('\n');
        }
        text.Append(content.Closing).Append('\n');
        return text.ToString();
    }

    private static void Append(StringBuilder text, Block block, Random random)
    {
        switch (block)
        {
            case Paragraph paragraph:
                text.Append(paragraph.Text).Append("\n\n");
                break;
            case BulletList list:
                text.Append(list.LeadIn).Append("\n\n");
                var numbered = random.Next(2) == 0;
                for (var i = 0; i < list.Items.Count; i++)
                {
                    text.Append(numbered ? $"{i + 1}. " : "- ").Append(Bold(list.Items[i])).Append('\n');
                }
                text.Append('\n');
                break;
            case Quote quote:
                text.Append("> “").Append(quote.Text).Append("”\n>\n> — ").Append(quote.Speaker).Append("\n\n");
                break;
        }
    }

    /// <summary>"Energy Security: text" becomes "**Energy Security**: text".</summary>
    private static string Bold(string item)
    {
        var colon = item.IndexOf(':', StringComparison.Ordinal);
        return colon is > 0 and < 40 ? $"**{item[..colon]}**{item[colon..]}" : item;
    }
}
