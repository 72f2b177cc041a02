namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>
/// How much context a month name without a day or year needs before it counts as a date, ordered weakest first.
/// "the July summit" is enough for July; "May" and "March" are also a verb and a noun, so they need "in May", "by March".
/// </summary>
internal enum MonthLicence : byte
{
    None,

    /// <summary>"the", or a possessive: "Modi’s July visit".</summary>
    Weak,

    /// <summary>A preposition or time word: in, since, until, by, early, next …</summary>
    Strong,
}
