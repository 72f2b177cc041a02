using System.Diagnostics;
using System.Text;
using BharatBrief.Data.Importing.Files;
using BharatBrief.Ingestion;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>
/// Reads and parses articles; safe to call from several threads at once. Decides the skips that need no store:
/// unreadable, too large, empty, binary, unparseable, unrelated, and unchanged since the run began. A parsed article
/// leaves with its rows made, so that the writer has only to insert them.
/// </summary>
internal sealed class ArticlePreparer(
    ImportOptions options, IReadOnlyDictionary<string, KnownArticle> storedBySource, ArticleRowShapes shapes, TimeProvider time)
{
    public const string NotAboutIndiaAndRussia = "nothing about India and Russia";

    public PreparedArticle PrepareFile(string path, ManifestEntry? listed = null)
    {
        var name = Path.GetFileName(path);
        var read = ArticleFileReader.Read(path, options.MaxFileBytes, listed);
        return read.Source is null
            ? PreparedArticle.Skip(name, read.SkipReason!, read.Warnings)
            : Prepare(name, read.Source, read.MetadataHash, read.Warnings);
    }

    /// <summary>Prepares an article given as text (an editor's brief) with the same rules as a file.</summary>
    /// <param name="source">The text and its metadata.</param>
    /// <param name="briefId">The brief the article publishes, whose earlier article it replaces.</param>
    public PreparedArticle PrepareSource(ArticleSource source, int? briefId = null)
    {
        var name = source.SourceName ?? source.Metadata?.Title ?? "brief";
        var bytes = Encoding.UTF8.GetByteCount(source.Text);
        if (bytes > options.MaxFileBytes)
        {
            return PreparedArticle.Skip(name, ByteSizes.TooLarge(bytes, options.MaxFileBytes), []);
        }
        if (string.IsNullOrWhiteSpace(source.Text))
        {
            return PreparedArticle.Skip(name, ArticleFileReader.Empty, []);
        }
        if (TextDecoder.IsBinary(source.Text))
        {
            return PreparedArticle.Skip(name, ArticleFileReader.Binary, []);
        }
        var prepared = Prepare(name, source, MetadataHashOf(source), []);
        return briefId is null ? prepared : prepared.ForBrief(briefId.Value);
    }

    private PreparedArticle Prepare(string name, ArticleSource source, string? metadataHash, IReadOnlyList<string> warnings)
    {
        if (storedBySource.TryGetValue(source.SourceName ?? "", out var stored)
            && stored.IsSame(ArticlePipeline.HashOf(source.Text), metadataHash, options.PipelineVersion))
        {
            return new PreparedArticle { Name = name, SourceName = source.SourceName, IsUnchanged = true, Warnings = warnings };
        }
        var clock = Stopwatch.StartNew();
        ParsedArticle parsed;
        try
        {
            parsed = options.Parse(source);
        }
        catch (Exception ex)
        {
            // A parser bug on one article must not stop the others.
            return PreparedArticle.Skip(name, $"could not be parsed ({ex.GetType().Name}: {ex.Message})", warnings, ex);
        }
        if (!parsed.IsAboutIndiaAndRussia)
        {
            return PreparedArticle.Skip(name, NotAboutIndiaAndRussia, warnings);
        }
        return new PreparedArticle
        {
            Name = name,
            SourceName = source.SourceName,
            Parsed = parsed,
            Rows = ArticleRows.Of(shapes, parsed, metadataHash, options.PipelineVersion, time.GetUtcNow().UtcDateTime),
            MetadataHash = metadataHash,
            Warnings = [.. warnings, .. parsed.Warnings],
            ParseMilliseconds = clock.ElapsedMilliseconds,
        };
    }

    private static string? MetadataHashOf(ArticleSource source) =>
        source.Metadata is { Values.Count: > 0 } metadata
            ? ArticlePipeline.HashOf(string.Join('\n', metadata.Values
                .OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase)
                .Select(pair => $"{pair.Key}={pair.Value}")))
            : null;
}
