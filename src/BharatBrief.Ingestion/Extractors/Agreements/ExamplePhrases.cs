using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Agreements;

/// <summary>
/// Deals named by example: "deals like Reliance–Rosneft", "contracts such as the Rosatom–NPCIL one". The example is
/// the agreement; the plural noun before it is not.
/// </summary>
internal static class ExamplePhrases
{
    public static IEnumerable<AgreementPhrase> Read(TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names, List<AgreementPhrase> phrases)
    {
        var found = new List<AgreementPhrase>();
        foreach (var phrase in phrases)
        {
            var next = phrase.Last + 1;
            var start = tokens.Is(next, "like") ? next + 1 : tokens.Is(next, "such") && tokens.Is(next + 1, "as") ? next + 2 : -1;
            if (start < 0)
            {
                continue;
            }
            var organizations = names.Where(name => name.First >= start && name.First <= start + 4 && name.Value is Organization).ToList();
            if (organizations.Count >= 2 && tokens.IsPunctuation(organizations[0].Last + 1, '-'))
            {
                var pair = tokens.TextOf(organizations[0].First, organizations[1].Last);
                var noun = phrase.Kind == AgreementKind.Contract ? "deal" : phrase.Kind.ToSlug();
                found.Add(new AgreementPhrase(organizations[0].First, organizations[1].Last, $"{pair} {noun}", [], phrase.Kind, true, null));
            }
        }
        return found;
    }
}
