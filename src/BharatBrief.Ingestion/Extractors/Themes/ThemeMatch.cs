namespace BharatBrief.Ingestion.Extractors.Themes;

/// <summary>A lexicon phrase found in a text.</summary>
/// <param name="Slug">The theme the phrase speaks for.</param>
/// <param name="Term">The lexicon phrase ("sanction", "S-400"), whatever inflection the text used.</param>
/// <param name="Start">Where the match starts in the text searched.</param>
/// <param name="Length">How many characters it covers.</param>
/// <param name="Weight">How strongly one mention speaks for the theme.</param>
public sealed record ThemeMatch(string Slug, string Term, int Start, int Length, double Weight);
