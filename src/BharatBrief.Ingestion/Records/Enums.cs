namespace BharatBrief.Ingestion.Records;

/// <summary>What kind of leaders' meeting a summit is (docs/domain.md). Listed from most to least specific.</summary>
public enum SummitKind
{
    AnnualSummit,
    Multilateral,
    InformalSummit,
    StateVisit,
    PhoneCall,
    Meeting,
}

public enum SummitStatus
{
    Planned,
    Held,
    Cancelled,
}

public enum AgreementKind
{
    Treaty,
    Agreement,
    Contract,
    Mou,
    Programme,
    Commitment,
    Mechanism,
    CreditLine,
    Offer,
    Project,
}

/// <summary>An agreement's lifecycle, in order: a later value is a later stage.</summary>
public enum AgreementStatus
{
    Proposed,
    UnderNegotiation,
    Agreed,
    Signed,
    Ratified,
    InForce,
}

public enum FigureKind
{
    Money,
    Percentage,
    Count,
    Duration,
}

public enum EntityKind
{
    Person,
    Place,
    Venue,
    Organization,
    Forum,
}
