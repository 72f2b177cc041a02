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
    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static PartialDate? ParsePublished(string? published, out string? warning)
    {
        warning = null;
        if (published is null)
        {
            return null;
        }
        if (PartialDate.TryParse(published, out var date))
        {
            return date;
        }
        if (DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var timestamp))
        {
            return PartialDate.OfDay(DateOnly.FromDateTime(timestamp.UtcDateTime));
        }
        warning = $"The published date '{published}' is not a date; it was ignored.";
        return null;
    }

    private static int CountWords(ArticleDocument document) =>
        document.Blocks.Sum(block => block.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}
