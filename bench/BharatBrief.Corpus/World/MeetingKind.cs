namespace BharatBrief.Corpus.World;

public enum MeetingKind
{
    AnnualSummit,
    StateVisit,
    InformalSummit,
    Multilateral,
    PhoneCall,
}
