namespace BharatBrief.Corpus.World;

/// <summary>An agreement reached <paramref name="Status"/> on <paramref name="Date"/>, at a meeting when it was signed at one.</summary>
public sealed record AgreementStep(AgreementStatus Status, DateOnly Date, Meeting? AtMeeting);
