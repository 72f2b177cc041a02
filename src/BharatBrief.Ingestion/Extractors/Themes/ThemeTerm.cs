namespace BharatBrief.Ingestion.Extractors.Themes;

/// <summary>One phrase of the lexicon as written in themes.json, with the theme it speaks for.</summary>
/// <param name="Id">Position in the lexicon's term list; all inflected forms of the phrase share it.</param>
/// <param name="Theme">Index of the theme in the lexicon, or -1 for a phrase that only blocks shorter matches.</param>
/// <param name="Phrase">The phrase as a reader would write it ("sanction", "S-400").</param>
/// <param name="Weight">How strongly one mention speaks for the theme.</param>
/// <param name="MatchCase">True for acronyms such as "UN" whose lower-case form is another word.</param>
internal sealed record ThemeTerm(int Id, int Theme, string Phrase, double Weight, bool MatchCase)
{
    public bool IsIgnored => Theme < 0;
}
