namespace BharatBrief.Data.Entities;

public enum BriefState
{
    /// <summary>Saved, not on the public record.</summary>
    Draft,

    /// <summary>On the public record as an article, with its facts.</summary>
    Published,

    /// <summary>Taken off the public record; the text is kept.</summary>
    Unpublished,
}
