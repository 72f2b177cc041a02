namespace BharatBrief.Ingestion.Dates;

/// <summary>What the word before a date phrase makes of it in running text.</summary>
public enum DateBoundary
{
    /// <summary>A date as such: "in 2021", "on December 4".</summary>
    None,

    /// <summary>The start of a period that lasts to the story's time: "since 1971", "ever since 2014".</summary>
    Since,

    /// <summary>A deadline or target: "by 2030", "by the end of 2025", "before March".</summary>
    By,

    /// <summary>The end of a period: "until 2030", "till 2025", "through 2030".</summary>
    Until,
}
