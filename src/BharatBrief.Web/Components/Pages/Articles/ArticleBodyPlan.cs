using System.Text;
using BharatBrief.Data.Entities;

namespace BharatBrief.Web.Components.Pages.Articles;

/// <summary>
/// Turns an article's stored outline into what the page renders: blocks of sentences (lists and table rows grouped),
/// each sentence cut into plain and highlighted runs. Works on offsets into the body, so highlights land exactly where
/// the pipeline found them; Markdown's inline markers are hidden, never interpreted (no HTML from an article).
/// </summary>
public static class ArticleBodyPlan
{
    /// <summary>The sentences of the title block (rendered as the heading) and the body's blocks.</summary>
    public static (IReadOnlyList<BodySentence> Title, IReadOnlyList<BodyBlock> Blocks) Build(
        string body, ArticleOutline outline, bool markdown, IEnumerable<BodyHighlight> highlights,
        IReadOnlyDictionary<int, List<FactLink>> facts, IReadOnlySet<int> evidence)
    {
        var marks = NonOverlapping(highlights);
        var sentencesOf = outline.Sentences.Select((sentence, index) => (sentence, index)).ToLookup(pair => pair.sentence.Block);
        var title = new List<BodySentence>();
        var blocks = new List<BodyBlock>();
        for (var b = 0; b < outline.Blocks.Count; b++)
        {
            var block = outline.Blocks[b];
            var table = block.Kind == "table-row";
            List<BodySentence> sentences = [.. sentencesOf[b].Select(pair => Sentence(
                body, pair.index, pair.sentence, markdown, table, marks,
                facts.TryGetValue(pair.index, out var links) ? links : [], evidence.Contains(pair.index)))];
            if (sentences.Count == 0)
            {
                continue;
            }
            switch (block.Kind)
            {
                case "title":
                    title.AddRange(sentences);
                    break;
                case "list-item":
                    Append(blocks, "list", block.ListOrdinal is not null, sentences);
                    break;
                case "table-row":
                    Append(blocks, "table", false, sentences);
                    break;
                default:
                    blocks.Add(new BodyBlock(block.Kind, false, [sentences]));
                    break;
            }
        }
        return (title, blocks);
    }

    /// <summary>Adds an item to the list or table just before, or starts one.</summary>
    private static void Append(List<BodyBlock> blocks, string kind, bool ordered, List<BodySentence> item)
    {
        if (blocks.Count > 0 && blocks[^1].Kind == kind && blocks[^1].Ordered == ordered)
        {
            blocks[^1] = blocks[^1] with { Items = [.. blocks[^1].Items, item] };
            return;
        }
        blocks.Add(new BodyBlock(kind, ordered, [item]));
    }

    private static BodySentence Sentence(
        string body, int index, OutlineSentence sentence, bool markdown, bool table, List<BodyHighlight> marks,
        IReadOnlyList<FactLink> facts, bool isEvidence)
    {
        var start = Math.Clamp(sentence.Start, 0, body.Length);
        var text = body.Substring(start, Math.Clamp(sentence.Length, 0, body.Length - start));
        var hidden = markdown ? InlineMarkup.Hidden(text) : null;
        var cells = new List<IReadOnlyList<BodySegment>>();
        var cell = new List<BodySegment>();
        var run = new StringBuilder();
        BodyHighlight? current = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (hidden?[i] == true)
            {
                continue;
            }
            if (table && text[i] == '|')
            {
                Flush();
                cells.Add(Trim(cell));
                cell = [];
                continue;
            }
            var mark = At(marks, start + i);
            if (mark != current)
            {
                Flush();
                current = mark;
            }
            run.Append(text[i]);
        }
        Flush();
        cells.Add(Trim(cell));
        return new BodySentence(index, cells, facts, isEvidence);

        void Flush()
        {
            if (run.Length > 0)
            {
                cell.Add(current is null ? new BodySegment(run.ToString()) : new BodySegment(run.ToString(), current.Class, current.Href, current.Title));
                run.Clear();
            }
        }
    }

    /// <summary>Highlights in order, a later one dropped where it overlaps an earlier (longer first at one start).</summary>
    private static List<BodyHighlight> NonOverlapping(IEnumerable<BodyHighlight> highlights)
    {
        var kept = new List<BodyHighlight>();
        foreach (var highlight in highlights.Where(h => h.Length > 0).OrderBy(h => h.Start).ThenByDescending(h => h.Length))
        {
            if (kept.Count == 0 || highlight.Start >= kept[^1].End)
            {
                kept.Add(highlight);
            }
        }
        return kept;
    }

    private static BodyHighlight? At(List<BodyHighlight> marks, int position)
    {
        var low = 0;
        var high = marks.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (marks[middle].End <= position)
            {
                low = middle + 1;
            }
            else if (marks[middle].Start > position)
            {
                high = middle - 1;
            }
            else
            {
                return marks[middle];
            }
        }
        return null;
    }

    private static List<BodySegment> Trim(List<BodySegment> cell)
    {
        if (cell.Count > 0)
        {
            cell[0] = cell[0] with { Text = cell[0].Text.TrimStart() };
            cell[^1] = cell[^1] with { Text = cell[^1].Text.TrimEnd() };
            cell.RemoveAll(segment => segment.Text.Length == 0);
        }
        return cell;
    }
}
