using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Agreements;

/// <summary>
/// Undertakings with no agreement noun: one of the two sides "agreed to facilitate the early discharge of …" or
/// "committed to build at least 12 more reactors". A side that binds itself to deliver something concrete has made a
/// commitment, named by what it undertook ("Commitment to build at least 12 more reactors"). Verbs that only promise
/// more talk ("agreed to explore", "agreed to strengthen") deliver nothing and name nothing.
/// </summary>
internal static class Undertakings
{
    private const int MaxObject = 18;
    private const int MinObjectWords = 2;

    private static readonly HashSet<string> BindingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "agreed", "committed", "pledged", "undertook", "promised",
    };

    /// <summary>Verbs of delivery: what follows them is a thing one side will do for the other.</summary>
    private static readonly HashSet<string> DeliveryVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "build", "supply", "deliver", "facilitate", "ensure", "release", "discharge", "repatriate", "return", "train", "grant",
        "waive", "provide", "construct", "transfer", "lease",
    };

    private static readonly HashSet<string> SideWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "side", "sides", "government", "governments", "Moscow", "Delhi", "Kremlin",
    };

    public static List<AgreementPhrase> Find(TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names)
    {
        var phrases = new List<AgreementPhrase>();
        for (var i = 1; i + 2 < tokens.Count; i++)
        {
            if (!tokens.IsIn(i, BindingVerbs) || !tokens.Is(i + 1, "to") || !tokens.IsIn(i + 2, DeliveryVerbs) || !IsSide(tokens, names, SubjectEnd(tokens, i)))
            {
                continue;
            }
            var verb = i + 2;
            var last = ObjectEnd(tokens, verb);
            if (last - verb < MinObjectWords)
            {
                continue;
            }
            phrases.Add(new AgreementPhrase(verb, last, "Commitment to " + tokens.TextOf(verb, last), [], AgreementKind.Commitment, true, null));
        }
        return phrases;
    }

    // "Russia has also committed to …": auxiliaries and adverbs between the subject and the verb.
    private static int SubjectEnd(TokenizedText tokens, int verb)
    {
        var k = verb - 1;
        while (k > 0 && tokens.IsAny(k, "has", "have", "had", "also", "formally", "now", "then", "further"))
        {
            k--;
        }
        return k;
    }

    private static bool IsSide(TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names, int index)
    {
        if (tokens.IsIn(index, SideWords))
        {
            return true;
        }
        foreach (var name in names)
        {
            if (name.Last == index && name.Value is Country country)
            {
                return country.Name is "India" or "Russia";
            }
        }
        return false;
    }

    /// <summary>The object runs to the end of the clause: a full stop, a semicolon, a comma before a new clause, or a reason.</summary>
    private static int ObjectEnd(TokenizedText tokens, int verb)
    {
        var last = verb;
        for (var k = verb + 1; k < tokens.Count && k - verb <= MaxObject; k++)
        {
            if (tokens.IsPunctuation(k, '.') || tokens.IsPunctuation(k, ';') || tokens.IsPunctuation(k, ',') || tokens.IsPunctuation(k, ':')
                || tokens.IsAny(k, "but", "while", "because", "after", "although", "which", "who"))
            {
                break;
            }
            last = k;
        }
        while (last > verb && (tokens[last].Kind == TokenKind.Punctuation || tokens.IsAny(last, "and", "or", "the", "a", "an", "of", "in", "to", "for")))
        {
            last--;
        }
        return last;
    }
}
