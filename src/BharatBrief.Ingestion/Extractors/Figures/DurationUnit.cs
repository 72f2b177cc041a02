namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>A word of time and how it is reported: "decades" are reported in years, ten to one.</summary>
internal sealed record DurationUnit(string Unit, int Factor);
