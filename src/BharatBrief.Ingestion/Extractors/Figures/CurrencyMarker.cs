namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>A way of writing a currency ("US$", "Rs.", "roubles") as the tokens a sentence shows it in.</summary>
/// <param name="Code">The ISO code the figure is reported in.</param>
/// <param name="Tokens">The words and symbols, compared without regard to case.</param>
internal sealed record CurrencyMarker(string Code, string[] Tokens);
