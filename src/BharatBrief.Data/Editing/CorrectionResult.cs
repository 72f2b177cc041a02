namespace BharatBrief.Data.Editing;

/// <summary>What a correction did: a sentence for the editor, field messages when it was refused, and where to look next.</summary>
/// <param name="Slug">The slug of the summit or agreement to show after the correction.</param>
public sealed record CorrectionResult(bool Succeeded, string Message, IReadOnlyDictionary<string, string> Errors, string? Slug)
{
    public static CorrectionResult Done(string message, string? slug) => new(true, message, new Dictionary<string, string>(), slug);

    public static CorrectionResult Refused(string message, IReadOnlyDictionary<string, string>? errors = null) =>
        new(false, message, errors ?? new Dictionary<string, string>(), null);
}
