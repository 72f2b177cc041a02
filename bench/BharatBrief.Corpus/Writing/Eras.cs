namespace BharatBrief.Corpus.Writing;

/// <summary>
/// The three periods whose news reads differently: before 2014, 2014–2021 (Crimea sanctions, CAATSA, Make in India)
/// and from 2022 (the war in Ukraine, discounted oil, payment troubles). A phrasebook key ending in the era's name
/// holds text only true of it.
/// </summary>
public static class Eras
{
    public static string Of(DateOnly date) => date.Year switch { < 2014 => "early", < 2022 => "modern", _ => "war" };
}
