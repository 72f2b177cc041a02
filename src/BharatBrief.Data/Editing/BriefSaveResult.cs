using BharatBrief.Data.Entities;

namespace BharatBrief.Data.Editing;

public enum BriefSaveStatus
{
    Saved,

    /// <summary>The draft breaks a rule; <see cref="BriefSaveResult.Errors"/> says which.</summary>
    Invalid,

    /// <summary>Another editor saved first; the attempt is kept as a "conflict" revision and nothing else changed.</summary>
    Conflict,

    /// <summary>The pipeline would not take the text onto the record (nothing about India and Russia, a duplicate…).</summary>
    Rejected,

    NotFound,
}

/// <summary>What a save, publish, unpublish or restore did.</summary>
/// <param name="Brief">The brief as stored after the operation (the other editor's version on a conflict).</param>
/// <param name="Errors">Messages by field, when invalid.</param>
/// <param name="ChangedFields">On a conflict, the fields the other editor changed since this editor's version.</param>
/// <param name="Message">A sentence for the editor: why it was rejected, or what happened.</param>
public sealed record BriefSaveResult(
    BriefSaveStatus Status,
    Brief? Brief,
    IReadOnlyDictionary<string, string> Errors,
    IReadOnlyList<string> ChangedFields,
    string? Message)
{
    public static BriefSaveResult Saved(Brief brief, string? message = null) => new(BriefSaveStatus.Saved, brief, new Dictionary<string, string>(), [], message);

    public static BriefSaveResult Invalid(IReadOnlyDictionary<string, string> errors) => new(BriefSaveStatus.Invalid, null, errors, [], null);

    public static BriefSaveResult Rejected(Brief? brief, string message) => new(BriefSaveStatus.Rejected, brief, new Dictionary<string, string>(), [], message);

    public static BriefSaveResult NotFound() => new(BriefSaveStatus.NotFound, null, new Dictionary<string, string>(), [], "There is no such brief.");

    public static BriefSaveResult Conflict(Brief current, IReadOnlyList<string> changed) =>
        new(BriefSaveStatus.Conflict, current, new Dictionary<string, string>(), changed,
            $"Another editor ({current.UpdatedBy}) saved this brief at {current.UpdatedAt:u} while you were editing. Your version is kept as a revision; compare and save again.");
}
