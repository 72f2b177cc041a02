namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>The words and marks that may join the two ends of a range in a given construction.</summary>
[Flags]
internal enum RangeConnectors
{
    None = 0,
    Dash = 1,
    To = 2,
    Through = 4,
    Until = 8,
    And = 16,

    /// <summary>"4–5 December", "8 to 9 July", "July 8 through 10", "Dec 4 till Dec 6"; "and" only joins consecutive days ("July 8 and 9").</summary>
    Plain = Dash | To | Through | Until,

    /// <summary>"between 4 and 5 December".</summary>
    Between = And,

    /// <summary>"from 8 to 9 July", "from 2021 until 2024".</summary>
    From = Dash | To | Through | Until,
}
