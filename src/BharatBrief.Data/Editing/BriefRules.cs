using System.Text;

namespace BharatBrief.Data.Editing;

/// <summary>What a brief must be before it is saved, each rule with the message shown beside its field.</summary>
public static class BriefRules
{
    public const int MaxBodyBytes = 200 * 1024;
    public const int MaxTitleLength = 300;
    public const int MaxTags = 20;

    public const string TitleField = "title";
    public const string BodyField = "body";
    public const string PublishedOnField = "publishedOn";
    public const string SourceUrlField = "sourceUrl";
    public const string SourceNameField = "sourceName";
    public const string TagsField = "tags";

    /// <summary>Messages by field; empty when the brief can be saved.</summary>
    public static IReadOnlyDictionary<string, string> Check(BriefDraft draft, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            errors[TitleField] = "Give the brief a title.";
        }
        else if (draft.Title.Length > MaxTitleLength)
        {
            errors[TitleField] = $"Keep the title under {MaxTitleLength} characters.";
        }
        else if (PlainText.HasControlCharacters(draft.Title))
        {
            errors[TitleField] = PlainText.OneLineMessage;
        }
        if (string.IsNullOrWhiteSpace(draft.Body))
        {
            errors[BodyField] = "Write the brief before saving it.";
        }
        else if (Encoding.UTF8.GetByteCount(draft.Body) > MaxBodyBytes)
        {
            errors[BodyField] = $"The brief is {Encoding.UTF8.GetByteCount(draft.Body) / 1024} KB; briefs are at most 200 KB.";
        }
        if (draft.PublishedOn is { } published && published > today.AddYears(1))
        {
            errors[PublishedOnField] = "The published date is more than a year ahead; check the year.";
        }
        if (draft.SourceUrl is { Length: > 0 } url && !IsWebAddress(url))
        {
            errors[SourceUrlField] = "The source link must be a web address starting with http:// or https://.";
        }
        if (draft.SourceName is { Length: > 200 })
        {
            errors[SourceNameField] = "Keep the source name under 200 characters.";
        }
        else if (PlainText.HasControlCharacters(draft.SourceName))
        {
            errors[SourceNameField] = PlainText.OneLineMessage;
        }
        if (draft.TagList.Count > MaxTags || draft.TagList.Any(tag => tag.Length > 50 || PlainText.HasControlCharacters(tag)))
        {
            errors[TagsField] = $"Use at most {MaxTags} tags of up to 50 characters.";
        }
        return errors;
    }

    /// <summary>
    /// An absolute http or https address with a host, and nothing a browser or parser would read differently: no
    /// whitespace or control character anywhere (which <see cref="Uri"/> would quietly trim or drop) and no backslash.
    /// The rule of every source link, typed by an editor or read from an article's metadata.
    /// </summary>
    public static bool IsWebAddress(string? url) =>
        url is { Length: > 0 and <= 2048 }
        && !url.Any(c => c <= ' ' || char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\')
        && !PlainText.HasControlCharacters(url)
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;
}
