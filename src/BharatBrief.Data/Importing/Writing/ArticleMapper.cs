using BharatBrief.Data.Entities;
using BharatBrief.Data.Storage;
using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>Turns a parsed article into its row and the rows of its themes; mentions are <see cref="MentionMapper"/>'s.</summary>
internal static class ArticleMapper
{
    public static Article ToArticle(ParsedArticle parsed, string slug, string? metadataHash, string pipelineVersion, DateTime now)
    {
        var document = parsed.Document;
        return new Article
        {
            Slug = slug,
            Title = parsed.Title,
            TitleIsDerived = document.TitleIsDerived,
            Lede = parsed.Lede,
            Body = document.Text,
            Format = parsed.Format,
            SourceName = parsed.SourceName,
            // Only an absolute http(s) address is kept as the source link (the brief form's rule); anything else is dropped.
            Url = Editing.BriefRules.IsWebAddress(document.FrontMatter.Url) ? document.FrontMatter.Url : null,
            Outlet = AttributionText.Clean(document.FrontMatter.Outlet),
            Author = AttributionText.Clean(document.FrontMatter.Author),
            ContentHash = parsed.ContentHash,
            MetadataHash = metadataHash,
            PipelineVersion = pipelineVersion,
            PublishedOn = parsed.PublishedOn?.ToString(),
            // The effective as-of starts as the article's own; consolidation may refine it.
            AsOf = parsed.AsOf.Value?.ToString(),
            AsOfBasis = parsed.AsOf.Basis,
            OwnAsOf = parsed.AsOf.Value?.ToString(),
            OwnAsOfBasis = parsed.AsOf.Basis,
            OwnAsOfIsLowerBound = parsed.AsOf.IsLowerBound,
            WordCount = parsed.WordCount,
            IngestedAt = now,
            UpdatedAt = now,
            Outline = OutlineOf(document),
            Entities = [.. parsed.Entities.Select(ToStored)],
        };
    }

    /// <summary>The article's themes in the taxonomy, heaviest first, ranked from 1.</summary>
    public static List<ArticleTheme> Themes(ParsedArticle parsed) =>
        parsed.Themes
            .Where(theme => KnownThemes.Contains(theme.Slug))
            .DistinctBy(theme => theme.Slug)
            .OrderByDescending(theme => theme.Weight)
            .Select((theme, i) => new ArticleTheme { ThemeSlug = theme.Slug, Weight = theme.Weight, Rank = i + 1 })
            .ToList();

    private static ArticleOutline OutlineOf(ArticleDocument document) => new(
        [.. document.Blocks.Select(block =>
            new OutlineBlock(KebabNames<BlockKind>.Of(block.Kind), block.Span.Start, block.Span.Length, block.Section, block.ListOrdinal))],
        [.. document.Sentences.Select(sentence => new OutlineSentence(sentence.BlockIndex, sentence.Span.Start, sentence.Span.Length))],
        document.Dateline is { } dateline ? new OutlineSpan(dateline.Span.Start, dateline.Span.Length) : null);

    private static StoredEntity ToStored(EntityMention entity) =>
        new(KebabNames<EntityKind>.Of(entity.Kind), entity.Name, entity.SentenceIndex, entity.Span.Start, entity.Span.Length);
}
