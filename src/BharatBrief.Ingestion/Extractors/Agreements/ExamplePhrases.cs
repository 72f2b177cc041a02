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
    /// <summary>Adds the examples the phrases of a sentence give to <paramref name="phrases"/>, after them.</summary>
    public static void AddTo(List<AgreementPhrase> phrases, TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names)
    {
        var count = phrases.Count;
        for (var p = 0; p < count; p++)
        {
            var phrase = phrases[p];
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
                phrases.Add(new AgreementPhrase(organizations[0].First, organizations[1].Last, $"{pair} {noun}", [], phrase.Kind, true, null));
            }
        }
    }
}
