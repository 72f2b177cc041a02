namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>How far an article has shown that its summits are the India–Russia annual ones.</summary>
internal enum AnnualSeries
{
    None,

    /// <summary>The article names India and Russia (or their leaders), but no annual summit of theirs yet.</summary>
    OfTheTwoCountries,

    /// <summary>The article has named an India–Russia annual summit.</summary>
    Established,
}
