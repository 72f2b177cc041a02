using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Extractors.Agreements;

/// <summary>An agreement named in a sentence: the tokens of its name, its kind, and what the name itself says.</summary>
/// <param name="First">First token of the name.</param>
/// <param name="Last">Last token of the name, with any complement ("… for the mobility of workers").</param>
/// <param name="Name">The name as written, acronyms in parentheses removed.</param>
/// <param name="Aliases">Acronyms given with it ("RELOS").</param>
/// <param name="IsSpecific">True when the name singles out one agreement rather than agreements in general.</param>
/// <param name="StatusInName">A status word inside the name ("a long-pending treaty", "the proposed deal").</param>
/// <param name="Known">The well-known agreement the name speaks of, when it does.</param>
/// <param name="Bare">A well-known name with no agreement noun ("the S-400 squadrons"): only a verb acting on it gives it a status.</param>
internal sealed record AgreementPhrase(
    int First,
    int Last,
    string Name,
    IReadOnlyList<string> Aliases,
    AgreementKind Kind,
    bool IsSpecific,
    AgreementStatus? StatusInName,
    KnownAgreement? Known = null,
    bool Bare = false)
{
    /// <summary>The content words of the name, as <see cref="AgreementNames.KeyOf"/> gives them.</summary>
    public IReadOnlySet<string> Key => _key ??= AgreementNames.KeyOf(Name);

    private IReadOnlySet<string>? _key;

    /// <summary>An item of a list of agreements ("pacts on X and Y"): only a verb gives it a status, never its kind.</summary>
    public bool FromList { get; init; }
}
