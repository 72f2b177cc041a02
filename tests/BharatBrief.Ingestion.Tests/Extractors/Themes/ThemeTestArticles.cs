using System.Text;
using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Gazetteers;

namespace BharatBrief.Ingestion.Tests.Extractors.Themes;

/// <summary>
/// Builds extraction contexts for theme tests without the real segmenter: blocks of a given kind, split into
/// sentences at ". " before a capital letter, and a rough reading of the seed files' plain-text layout.
/// </summary>
internal static class ThemeTestArticles
{
    public static ExtractionContext FromBlocks(params (BlockKind Kind, string Text)[] blocks)
    {
        var text = new StringBuilder();
        var documentBlocks = new List<DocumentBlock>();
        var sentences = new List<DocumentSentence>();
        foreach (var (kind, blockText) in blocks)
        {
            var blockStart = text.Length;
            var blockIndex = documentBlocks.Count;
            foreach (var sentence in SplitSentences(blockText))
            {
                var start = blockStart + blockText.IndexOf(sentence, StringComparison.Ordinal);
                sentences.Add(new DocumentSentence(sentences.Count, blockIndex, new TextSpan(start, sentence.Length), sentence));
            }
            text.Append(blockText).Append('\n');
            documentBlocks.Add(new DocumentBlock(blockIndex, kind, TextSpan.FromBounds(blockStart, text.Length - 1), blockText, -1));
        }
        var title = blocks.FirstOrDefault(block => block.Kind == BlockKind.Title).Text;
        var lede = blocks.FirstOrDefault(block => block.Kind == BlockKind.Lede).Text;
        var document = new ArticleDocument(
            text.ToString(), title ?? lede ?? "", title is null, lede, null, documentBlocks, sentences, [], [], [], FrontMatter.Empty);
        return new ExtractionContext(document, Gazetteer.Default, null);
    }

    /// <summary>One Paragraph block per sentence, with an optional title.</summary>
    public static ExtractionContext FromSentences(string? title, params string[] sentences)
    {
        var blocks = sentences.Select(sentence => (BlockKind.Paragraph, sentence)).ToList();
        if (title is not null)
        {
            blocks.Insert(0, (BlockKind.Title, title));
        }
        return FromBlocks([.. blocks]);
    }

    /// <summary>
    /// Reads a seed file's layout: a short first line is a title, the first long one the lede; "-" lines and their
    /// items are list items, "|" lines table rows, short lines without a full stop headings, the rest paragraphs.
    /// </summary>
    public static ExtractionContext FromSeed(string text)
    {
        var blocks = new List<(BlockKind Kind, string Text)>();
        var pendingListItem = false;
        var lines = text.Split('\n').Select(line => line.Trim()).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (IsTableOfContentsEntry(lines, i))
            {
                continue;
            }
            if (line.Length == 0 || line is "." || line.StartsWith("|--", StringComparison.Ordinal) || line.StartsWith("|---", StringComparison.Ordinal))
            {
                continue;
            }
            if (line == "-")
            {
                pendingListItem = true;
                continue;
            }
            blocks.Add(Classify(line, pendingListItem, blocks));
            pendingListItem = false;
        }
        return FromBlocks([.. blocks]);
    }

    /// <summary>A list item that comes back later as a heading of its own, as the segmenter's table of contents does.</summary>
    private static bool IsTableOfContentsEntry(string[] lines, int index)
    {
        var entry = lines[index].StartsWith("- ", StringComparison.Ordinal) ? lines[index][2..] : null;
        return entry is not null && lines.Skip(index + 1).Contains(entry);
    }

    private static (BlockKind Kind, string Text) Classify(string line, bool isListItem, List<(BlockKind Kind, string Text)> before)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var looksLikeHeading = words <= 14 && !line.EndsWith('.');
        if (isListItem || line.StartsWith("- ", StringComparison.Ordinal))
        {
            return (BlockKind.ListItem, line.TrimStart('-', ' '));
        }
        if (line.StartsWith('|'))
        {
            return (BlockKind.TableRow, string.Join(": ", line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }
        if (before.Count == 0)
        {
            return (looksLikeHeading || words <= 30 && !line.EndsWith('.') ? BlockKind.Title : BlockKind.Lede, line);
        }
        if (!before.Exists(block => block.Kind == BlockKind.Lede) && !looksLikeHeading)
        {
            return (BlockKind.Lede, line);
        }
        return (looksLikeHeading ? BlockKind.Heading : BlockKind.Paragraph, line);
    }

    private static IEnumerable<string> SplitSentences(string text)
    {
        var start = 0;
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if (text[i] is '.' or '?' or '!' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
            {
                yield return text[start..(i + 1)];
                start = i + 2;
            }
        }
        if (start < text.Length)
        {
            yield return text[start..];
        }
    }
}
