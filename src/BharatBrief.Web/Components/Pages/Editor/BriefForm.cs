using System.Globalization;
using BharatBrief.Data.Editing;
using BharatBrief.Data.Entities;

namespace BharatBrief.Web.Components.Pages.Editor;

/// <summary>The brief form as posted: text fields as typed, the version it was loaded at, and the button pressed.</summary>
public sealed class BriefForm
{
    public const string PreviewAction = "preview";
    public const string SaveAction = "save";
    public const string PublishAction = "publish";

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    /// <summary>"YYYY-MM-DD" or empty.</summary>
    public string? PublishedOn { get; set; }

    public string? SourceName { get; set; }

    public string? SourceUrl { get; set; }

    /// <summary>Comma-separated.</summary>
    public string? Tags { get; set; }

    public int Version { get; set; }

    public string? Action { get; set; }

    public static BriefForm From(Brief brief) => new()
    {
        Title = brief.Title,
        Body = brief.Body,
        PublishedOn = brief.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        SourceName = brief.SourceName,
        SourceUrl = brief.SourceUrl,
        Tags = string.Join(", ", brief.Tags),
        Version = brief.Version,
    };

    /// <summary>An autosaved draft's fields as typed, at the version it started from.</summary>
    public static BriefForm FromDraft(AutosavedDraft draft) => new()
    {
        Title = draft.Title,
        Body = draft.Body,
        PublishedOn = draft.PublishedOn,
        SourceName = draft.SourceName,
        SourceUrl = draft.SourceUrl,
        Tags = draft.Tags,
        Version = draft.BaseVersion,
    };

    /// <summary>Whether the two forms hold the same text in every field (an empty field and a missing one alike).</summary>
    public bool SameFieldsAs(BriefForm other) =>
        Title == other.Title && Body == other.Body && Same(PublishedOn, other.PublishedOn) && Same(SourceName, other.SourceName)
        && Same(SourceUrl, other.SourceUrl) && Same(Tags, other.Tags);

    private static bool Same(string? one, string? other) => (one ?? "") == (other ?? "");

    /// <summary>The draft, or the message for the published date when it is not a date.</summary>
    public (BriefDraft Draft, string? DateProblem) ToDraft()
    {
        DateOnly? published = null;
        string? problem = null;
        if (!string.IsNullOrWhiteSpace(PublishedOn))
        {
            if (DateOnly.TryParseExact(PublishedOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                published = date;
            }
            else
            {
                problem = "Write the published date as YYYY-MM-DD, or leave it empty.";
            }
        }
        var tags = (Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return (new BriefDraft(Title ?? "", Body ?? "", published, SourceName, SourceUrl, tags), problem);
    }
}
