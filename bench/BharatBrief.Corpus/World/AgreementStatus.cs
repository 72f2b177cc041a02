namespace BharatBrief.Corpus.World;

/// <summary>The lifecycle of DOMAIN.md, in order.</summary>
public enum AgreementStatus
{
    Proposed,
    UnderNegotiation,
    Agreed,
    Signed,
    Ratified,
    InForce,
}
