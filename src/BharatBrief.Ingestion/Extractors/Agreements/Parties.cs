using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Agreements;

/// <summary>
/// Deals between other parties are not India–Russia agreements: one whose name holds another country or a place in it
/// ("the Iran nuclear deal", "an arrangement with Beijing on patrolling", "the Logistics Exchange Memorandum of
/// Agreement with the United States"), or a convention before the United Nations.
/// </summary>
internal static class Parties
{
    private const int UnReach = 12;

    public static void RemoveOthers(List<AgreementPhrase> phrases, TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names)
    {
        phrases.RemoveAll(phrase => NamesAnotherParty(phrase, tokens, names) || BeforeTheUn(phrase, tokens, names));
    }

    private static bool NamesAnotherParty(AgreementPhrase phrase, TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names)
    {
        foreach (var name in names)
        {
            // "100 billion US dollars" is a currency, not a party.
            if (name.First < phrase.First || name.First > phrase.Last || tokens.IsAny(name.Last + 1, "dollars", "dollar"))
            {
                continue;
            }
            var country = name.Value switch
            {
                Country c => c.Name,
                CountryAdjective a => a.Country.Name,
                City city => city.Country,
                Venue venue => venue.Country,
                _ => null,
            };
            if (country is not null && !IsOneOfTheSides(country))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"the Comprehensive Convention on International Terrorism, under discussion at the United Nations".</summary>
    private static bool BeforeTheUn(AgreementPhrase phrase, TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names)
    {
        if (phrase.Kind != AgreementKind.Treaty)
        {
            return false;
        }
        foreach (var name in names)
        {
            if (name.Value is Forum { Name: "UN" } && name.First >= phrase.First - UnReach && name.First <= phrase.Last + UnReach)
            {
                return true;
            }
        }
        for (var i = Math.Max(0, phrase.First - UnReach); i < phrase.First; i++)
        {
            if (tokens.Is(i, "international") && tokens.Is(i + 1, "community"))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsOneOfTheSides(string country) =>
        country.Equals("India", StringComparison.OrdinalIgnoreCase) || country.Equals("Russia", StringComparison.OrdinalIgnoreCase)
        || country.Equals("Soviet Union", StringComparison.OrdinalIgnoreCase) || country.Equals("USSR", StringComparison.OrdinalIgnoreCase);
}
