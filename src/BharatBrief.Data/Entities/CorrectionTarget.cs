namespace BharatBrief.Data.Entities;

public enum CorrectionTarget
{
    SummitMention,
    AgreementMention,
}
