namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>Letters written straight after a number's digits.</summary>
internal enum NumberSuffix : byte
{
    None,

    /// <summary>"4th", "22nd".</summary>
    Ordinal,

    /// <summary>"1960s".</summary>
    Plural,

    /// <summary>"1960's" or "2021's": a decade after "the", else a possessive year.</summary>
    Possessive,
}
