using BharatBrief.Data.Entities;

namespace BharatBrief.Data.Editing;

/// <summary>Copies a brief's content between drafts, rows and revisions, and tells which fields changed.</summary>
internal static class BriefContent
{
    public static BriefDraft DraftOf(Brief brief) =>
        new(brief.Title, brief.Body, brief.PublishedOn, brief.SourceName, brief.SourceUrl, brief.Tags);

    public static BriefDraft DraftOf(BriefRevision revision) =>
        new(revision.Title, revision.Body, revision.PublishedOn, revision.SourceName, revision.SourceUrl, revision.Tags);

    /// <summary>Sets the brief's content to the draft's and returns the names of the fields that changed.</summary>
    public static IReadOnlyList<string> Apply(Brief brief, BriefDraft draft)
    {
        var changed = Differences(DraftOf(brief), draft);
        brief.Title = draft.Title.Trim();
        brief.Body = draft.Body;
        brief.PublishedOn = draft.PublishedOn;
        brief.SourceName = Blank(draft.SourceName);
        brief.SourceUrl = Blank(draft.SourceUrl);
        brief.Tags = [.. draft.TagList.Select(tag => tag.Trim()).Where(tag => tag.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
        return changed;
    }

    public static IReadOnlyList<string> Differences(BriefDraft before, BriefDraft after)
    {
        var changed = new List<string>();
        if (before.Title.Trim() != after.Title.Trim())
        {
            changed.Add(BriefRules.TitleField);
        }
        if (before.Body != after.Body)
        {
            changed.Add(BriefRules.BodyField);
        }
        if (before.PublishedOn != after.PublishedOn)
        {
            changed.Add(BriefRules.PublishedOnField);
        }
        if (Blank(before.SourceName) != Blank(after.SourceName))
        {
            changed.Add(BriefRules.SourceNameField);
        }
        if (Blank(before.SourceUrl) != Blank(after.SourceUrl))
        {
            changed.Add(BriefRules.SourceUrlField);
        }
        if (!before.TagList.SequenceEqual(after.TagList))
        {
            changed.Add(BriefRules.TagsField);
        }
        return changed;
    }

    public static BriefRevision Revision(Brief brief, int number, string action, IReadOnlyList<string> changed, string author, DateTime at) => new()
    {
        Number = number,
        Version = brief.Version,
        Action = action,
        Title = brief.Title,
        Body = brief.Body,
        PublishedOn = brief.PublishedOn,
        SourceName = brief.SourceName,
        SourceUrl = brief.SourceUrl,
        Tags = brief.Tags,
        ChangedFields = changed,
        Author = author,
        SavedAt = at,
        BriefId = brief.Id,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
