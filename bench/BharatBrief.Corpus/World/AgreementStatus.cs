namespace BharatBrief.Corpus.World;

/// <summary>The lifecycle of docs/domain.md, in order.</summary>
public enum AgreementStatus
{
    Proposed,
    UnderNegotiation,
    Agreed,
    Signed,
    Ratified,
    InForce,
}
