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
        var filler = Filler.GetAlternateLookup<ReadOnlySpan<char>>();
        // A word is never longer than the name it is read from
        Span<char> word = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        var capitals = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            // One step past the end closes the last word, as a space would
            if (i < name.Length && char.IsLetterOrDigit(name[i]))
            {
                capitals += char.IsUpper(name[i]) ? 1 : 0;
                word[length++] = char.ToLowerInvariant(name[i]);
                continue;
            }
            if (length > 0 && !filler.Contains(word[..length]))
            {
                // An acronym ("RELOS") is not a plural.
                key.Add(new string(capitals == length ? word[..length] : Singular(word[..length])));
            }
            length = 0;
            capitals = 0;
        }
        return key;
    }

    /// <summary>True when one name's key contains the other's: the shorter name speaks of the same agreement.</summary>
    public static bool AreSameAgreement(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Count > 0 && b.Count > 0 && (a.IsSubsetOf(b) || b.IsSubsetOf(a));

    private static ReadOnlySpan<char> Singular(ReadOnlySpan<char> word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
}
