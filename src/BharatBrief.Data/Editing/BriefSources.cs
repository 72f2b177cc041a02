using System.Globalization;
using BharatBrief.Ingestion;
using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Data.Editing;

/// <summary>A brief as the pipeline reads it: its Markdown, with the form's fields as metadata.</summary>
internal static class BriefSources
{
    public static ArticleSource Of(BriefDraft draft)
    {
        var metadata = new Dictionary<string, string> { ["title"] = draft.Title.Trim() };
        if (draft.PublishedOn is { } published)
        {
            metadata["published"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (draft.SourceName is { Length: > 0 } source)
        {
            metadata["source"] = source;
        }
        if (draft.SourceUrl is { Length: > 0 } url)
        {
            metadata["url"] = url;
        }
        if (draft.TagList.Count > 0)
        {
            metadata["tags"] = string.Join(", ", draft.TagList);
        }
        return new ArticleSource(draft.Body, ArticleFormat.Markdown, SourceName: null, new FrontMatter(metadata));
    }
}
