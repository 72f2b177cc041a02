using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Extractors.Themes;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion;

/// <summary>The built pipeline: article text in, <see cref="ParsedArticle"/> out. Immutable and safe to share between threads.</summary>
public sealed class ArticlePipeline
{
    private static readonly Lazy<ArticlePipeline> DefaultPipeline = new(() => new ArticlePipelineBuilder().UseDefaults().Build());

    private readonly Gazetteer _gazetteer;
    private readonly ThemeLexicon _themes;
    private readonly ImmutableArray<IArticleExtractor> _extractors;

    internal ArticlePipeline(Gazetteer gazetteer, ThemeLexicon themes, ImmutableArray<IArticleExtractor> extractors)
    {
        _gazetteer = gazetteer;
        _themes = themes;
        _extractors = extractors;
    }

    /// <summary>The pipeline with BharatBrief's gazetteers and extractors.</summary>
    public static ArticlePipeline Default => DefaultPipeline.Value;

    public ParsedArticle Parse(ArticleSource source)
    {
        var document = DocumentParser.Parse(source.Text, source.Format, source.Metadata);
        var publishedOn = ParsePublished(document.FrontMatter.Published, out var dateWarning);
        var context = new ExtractionContext(document, _gazetteer, publishedOn)
        {
            ThemesOf = texts => _themes.ThemesOf(string.Join(' ', texts)),
        };
        if (dateWarning is not null)
        {
            context.Warnings.Add(dateWarning);
        }
        foreach (var extractor in _extractors)
        {
            extractor.Extract(context);
        }

        return new ParsedArticle(
            Slugifier.Slugify(document.Title),
            document.Title,
            source.Format,
            source.SourceName,
            HashOf(source.Text),
            publishedOn,
            context.AsOf,
            CountWords(document),
            document,
            [.. context.Summits],
            [.. context.Agreements],
            [.. context.Themes.OrderByDescending(theme => theme.Weight)],
            [.. context.Figures],
            [.. context.Entities],
            RelevanceCheck.IsAboutIndiaAndRussia(document.Text),
            [.. context.Warnings]);
    }

    /// <summary>SHA-256 of the text as given, lower-case hex.</summary>
    public static string HashOf(string text)
    {
        // The UTF-8 bytes are only hashed, never kept: a pooled buffer serves every article.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a published date as metadata gives it: ISO at its precision ("2018", "2018-10", "2018-10-05") or a timestamp.</summary>
    public static bool TryParsePublished(string? published, out PartialDate date)
    {
        if (PartialDate.TryParse(published, out date))
        {
            return true;
        }
        if (DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var timestamp))
        {
            date = PartialDate.OfDay(DateOnly.FromDateTime(timestamp.UtcDateTime));
            return true;
        }
        return false;
    }

    private static PartialDate? ParsePublished(string? published, out string? warning)
    {
        warning = null;
        if (published is null)
        {
            return null;
        }
        if (TryParsePublished(published, out var date))
        {
            return date;
        }
        warning = $"The published date '{published}' is not a date; it was ignored.";
        return null;
    }

    private static int CountWords(ArticleDocument document)
    {
        var words = 0;
        foreach (var block in document.Blocks)
        {
            words += CountWords(block.Text);
        }
        return words;
    }

    /// <summary>The pieces <c>Split(' ', RemoveEmptyEntries)</c> would give, counted without making them.</summary>
    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                words++;
            }
        }
        return words;
    }
}
