using System.Text;

namespace BharatBrief.Ingestion.Extractors.Agreements;

/// <summary>
/// Compares agreement names: the content words of a name, without kind nouns and filler, are its key, so that
/// "long-term LNG supply agreements" and "long-term LNG supply contracts" are one agreement, and "mobility
/// agreement" is the "agreement for the mobility of skilled workers" named in full elsewhere.
/// </summary>
public static class AgreementNames
{
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "on", "for", "to", "in", "between", "and", "with", "its", "their", "agreement", "agreements",
        "deal", "deals", "contract", "contracts", "treaty", "treaties", "pact", "pacts", "accord", "accords", "mou", "mous",
        "memorandum", "understanding", "mechanism", "mechanisms", "arrangement", "arrangements", "programme", "program",
        "commitment", "offer", "project", "projects", "russian", "indian", "india", "russia", "bilateral", "new", "long",
        "term", "key", "proposed", "pending",
    };

    /// <summary>The content words of a name, lower-cased and without plural endings.</summary>
    public static IReadOnlySet<string> KeyOf(string name)
    {
        var key = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        var capitals = 0;
        foreach (var c in name + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                capitals += char.IsUpper(c) ? 1 : 0;
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (word.Length > 0 && !Filler.Contains(word.ToString()))
            {
                // An acronym ("RELOS") is not a plural.
                key.Add(capitals == word.Length ? word.ToString() : Singular(word.ToString()));
            }
            word.Clear();
            capitals = 0;
        }
        return key;
    }

    /// <summary>True when one name's key contains the other's: the shorter name speaks of the same agreement.</summary>
    public static bool AreSameAgreement(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Count > 0 && b.Count > 0 && (a.IsSubsetOf(b) || b.IsSubsetOf(a));

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
}
