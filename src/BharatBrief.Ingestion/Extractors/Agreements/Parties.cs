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
        phrases.RemoveAll(phrase => NamesAnotherParty(phrase, tokens, names) || MadeWithOthers(phrase, tokens, names) || BeforeTheUn(phrase, tokens, names));
    }

    private const int ParticipleReach = 3;

    /// <summary>
    /// "the … Economic Corridor announced with the United States, Saudi Arabia and the EU", "a pact signed with Japan":
    /// a participle right after the name that says with whom it was made names its parties, and a first party that is
    /// neither side makes it someone else's.
    /// </summary>
    private static bool MadeWithOthers(AgreementPhrase phrase, TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names)
    {
        var k = phrase.Last + 1;
        if (tokens.IsPunctuation(k, ','))
        {
            k++;
        }
        if (!IsParticiple(tokens, k))
        {
            return false;
        }
        for (var with = k + 1; with <= k + ParticipleReach && with < tokens.Count; with++)
        {
            if (tokens[with].Kind == TokenKind.Punctuation)
            {
                return false;
            }
            if (!tokens.Is(with, "with"))
            {
                continue;
            }
            var party = tokens.Is(with + 1, "the") ? with + 2 : with + 1;
            foreach (var name in names)
            {
                if (name.First == party && CountryOf(name.Value) is { } country)
                {
                    return !IsOneOfTheSides(country);
                }
            }
            return false;
        }
        return false;
    }

    private static bool IsParticiple(TokenizedText tokens, int index) =>
        index < tokens.Count && tokens[index].IsWord && !tokens.IsCapitalized(index)
        && (tokens.SpanOf(index).EndsWith("ed", StringComparison.Ordinal) || tokens.IsAny(index, "signed", "made", "struck", "agreed", "begun", "drawn"));

    private static string? CountryOf(Named? value) => value switch
    {
        Country c => c.Name,
        CountryAdjective a => a.Country.Name,
        City city => city.Country,
        Venue venue => venue.Country,
        _ => null,
    };

    private static bool NamesAnotherParty(AgreementPhrase phrase, TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names)
    {
        foreach (var name in names)
        {
            // "100 billion US dollars" is a currency, not a party.
            if (name.First < phrase.First || name.First > phrase.Last || tokens.IsAny(name.Last + 1, "dollars", "dollar"))
            {
                continue;
            }
            var country = CountryOf(name.Value);
            if (country is not null && !IsOneOfTheSides(country))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"the Comprehensive Convention on International Terrorism, under discussion at the United Nations", "the early adoption of" a convention.</summary>
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
            // "called for the early adoption of the Comprehensive Convention …": a convention is adopted by a multilateral body, two states sign theirs.
            if ((tokens.Is(i, "international") && tokens.Is(i + 1, "community"))
                || (tokens.Is(i, "adoption") && tokens.Is(i + 1, "of") && phrase.Name.Contains("convention", StringComparison.OrdinalIgnoreCase)))
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
