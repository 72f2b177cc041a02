namespace BharatBrief.Ingestion.Documents;

/// <summary>Turns a decided draft into the <see cref="ArticleDocument"/>: blocks with sections, sentences, facts.</summary>
internal static class DocumentAssembler
{
    public static ArticleDocument Build(DocumentDraft draft, FrontMatter frontMatter)
    {
        var blocks = new List<DocumentBlock>();
        var sentences = new List<DocumentSentence>();
        var facts = new List<KeyValueFact>();
        var bounds = new List<(int Start, int End)>();
        var section = -1;
        // The title and lede are blocks too: their text is made once, for the block, and shared.
        string? titleText = null;
        string? ledeText = null;
        foreach (var raw in draft.Blocks)
        {
            if (raw.Removed || raw.Readable.IsEmpty)
            {
                continue;
            }
            var kind = raw.Decided ?? BlockKind.Paragraph;
            var index = blocks.Count;
            section = kind == BlockKind.Heading ? index : section;
            var text = draft.TextOf(raw);
            titleText = ReferenceEquals(raw, draft.TitleBlock) ? text : titleText;
            ledeText = ReferenceEquals(raw, draft.LedeBlock) ? text : ledeText;
            var ordinal = kind is BlockKind.Heading or BlockKind.ListItem ? raw.Ordinal : null;
            blocks.Add(new DocumentBlock(index, kind, raw.Span, text, kind == BlockKind.Title ? -1 : section, ordinal));
            if (kind == BlockKind.TableRow)
            {
                AddRow(draft, raw, index, text, sentences, facts);
                continue;
            }
            bounds.Clear();
            SentenceSplitter.Split(text, bounds);
            foreach (var (start, end) in bounds)
            {
                var span = draft.Readable.SourceSpan(raw.Readable.Slice(start, end - start));
                sentences.Add(new DocumentSentence(sentences.Count, index, span, text[start..end]));
            }
        }
        var (title, derived) = Title(draft, frontMatter, titleText);
        return new ArticleDocument(
            draft.Text,
            title,
            derived,
            draft.LedeBlock is { Removed: false } lede ? ledeText ?? draft.TextOf(lede) : null,
            draft.Dateline,
            blocks,
            sentences,
            facts,
            draft.TableOfContents,
            draft.DroppedBoilerplate,
            frontMatter);
    }

    private static void AddRow(DocumentDraft draft, RawBlock raw, int index, string text, List<DocumentSentence> sentences, List<KeyValueFact> facts)
    {
        var sentence = new DocumentSentence(sentences.Count, index, draft.Readable.SourceSpan(raw.Readable), text);
        sentences.Add(sentence);
        if (raw.Cells is { Columns: 2, Key.IsEmpty: false, Value.IsEmpty: false } cells)
        {
            var key = draft.Readable.Slice(cells.Key).TrimEnd(": ").ToString();
            facts.Add(new KeyValueFact(index, sentence.Index, key, draft.Readable.ToString(cells.Value), raw.Caption));
        }
    }

    private static (string Title, bool Derived) Title(DocumentDraft draft, FrontMatter frontMatter, string? titleBlockText)
    {
        if (frontMatter.Title is { } given && !string.IsNullOrWhiteSpace(given))
        {
            return (string.Join(' ', given.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), false);
        }
        if (draft.TitleBlock is { } titleBlock)
        {
            return (titleBlockText ?? draft.TextOf(titleBlock), false);
        }
        var source = draft.LedeBlock ?? draft.Blocks.Find(block => !block.Removed && !block.Readable.IsEmpty);
        if (source is null)
        {
            return (string.Empty, false);
        }
        var text = draft.View(source);
        var bounds = new List<(int Start, int End)>();
        SentenceSplitter.Split(text, bounds);
        return bounds.Count == 0 ? (string.Empty, false) : (TitleDeriver.Derive(text[bounds[0].Start..bounds[0].End].ToString()), true);
    }
}
