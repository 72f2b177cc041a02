namespace BharatBrief.Corpus.Writing;

/// <summary>When an article stands relative to the meeting it is about.</summary>
public enum Stance
{
    /// <summary>Announced and still to come: "Putin is set to arrive on December 4".</summary>
    Preview,

    /// <summary>Written while it happens: "the two leaders had an informal meeting on Monday".</summary>
    Live,

    /// <summary>Just after: "Modi and Putin held talks in Moscow on Tuesday".</summary>
    Report,

    /// <summary>Months or years later, about something else: "Modi's visit to Moscow last year".</summary>
    Retrospective,

    /// <summary>After it was called off: "the annual summit has been postponed".</summary>
    Cancelled,
}
