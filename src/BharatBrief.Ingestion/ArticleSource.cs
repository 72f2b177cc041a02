using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion;

/// <summary>One article as it enters the pipeline.</summary>
/// <param name="Text">The article text, plain or Markdown, possibly opening with a <c>---</c> front-matter block.</param>
/// <param name="Format">How to read <paramref name="Text"/>.</param>
/// <param name="SourceName">The file name it was read from; null for editors' briefs.</param>
/// <param name="Metadata">Metadata given beside the text (a sidecar file, an editor's form); front matter in the text fills what it leaves empty.</param>
public sealed record ArticleSource(string Text, ArticleFormat Format, string? SourceName = null, FrontMatter? Metadata = null)
{
    /// <summary>A <c>.md</c> file is Markdown; so is a text file written in it (a line that is a <c># heading</c>).</summary>
    public static ArticleSource FromFile(string fileName, string text, FrontMatter? sidecar = null) =>
        new(text, fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || HasMarkdownHeading(text) ? ArticleFormat.Markdown : ArticleFormat.PlainText,
            fileName, sidecar);

    private static bool HasMarkdownHeading(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var hashes = 0;
            while (hashes < line.Length && line[hashes] == '#')
            {
                hashes++;
            }
            if (hashes is >= 1 and <= 6 && hashes + 1 < line.Length && line[hashes] == ' ' && !char.IsWhiteSpace(line[hashes + 1]))
            {
                return true;
            }
        }
        return false;
    }
}
