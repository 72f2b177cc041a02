namespace BharatBrief.Ingestion.Documents;

/// <summary>Splits an article into title, lede, headings, paragraphs, list items, table rows and sentences.</summary>
public static class DocumentParser
{
    /// <summary>
    /// Parses <paramref name="text"/>: normalises it, reads and removes a leading front-matter block, finds the blocks
    /// and sentences of the body. Never throws; any input gives a document, an empty one at worst.
    /// </summary>
    /// <param name="text">The article as given, plain text or Markdown.</param>
    /// <param name="format">How to read the text.</param>
    /// <param name="metadata">Metadata given beside the text; it wins over front matter for the same key.</param>
    public static ArticleDocument Parse(string text, ArticleFormat format, FrontMatter? metadata = null)
    {
        var normalized = TextNormalizer.Normalize(text);
        var frontMatter = FrontMatter.Empty;
        var body = normalized;
        if (FrontMatterReader.TryRead(normalized, out var values, out var bodyStart))
        {
            frontMatter = new FrontMatter(values);
            body = normalized[bodyStart..];
        }
        var lines = SourceLine.Split(body);
        using var readable = new ReadableText(body.Length + 16);
        var blocks = format == ArticleFormat.Markdown
            ? MarkdownReader.Read(body, lines, readable)
            : PlainTextReader.Read(body, lines, readable);
        var draft = new DocumentDraft(body, readable, blocks);

        // Order matters: boilerplate goes before the contents list is matched against later lines, the title line
        // is taken before headings are guessed, and the lede is the first paragraph once kinds are known.
        BoilerplateDetector.Apply(draft);
        TableOfContentsDetector.Apply(draft);
        TitleLine.Apply(draft, format);
        BlockClassifier.Apply(draft, format);
        LedeFinder.Apply(draft);
        return DocumentAssembler.Build(draft, Merge(metadata, frontMatter));
    }

    /// <summary>Metadata wins key by key; a blank value in it does not hide the front matter's.</summary>
    private static FrontMatter Merge(FrontMatter? metadata, FrontMatter frontMatter)
    {
        if (metadata is null || metadata.Values.Count == 0)
        {
            return frontMatter;
        }
        var given = metadata.Values.Where(pair => !string.IsNullOrWhiteSpace(pair.Value)).ToDictionary(StringComparer.OrdinalIgnoreCase);
        return new FrontMatter(given).With(frontMatter);
    }
}
