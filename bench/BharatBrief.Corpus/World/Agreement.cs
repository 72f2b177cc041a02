namespace BharatBrief.Corpus.World;

/// <summary>A deal of the pool, whose status advances over the years.</summary>
/// <param name="Kind">The docs/domain.md kind: agreement, treaty, mou, contract, programme, mechanism, credit-line, offer, project.</param>
/// <param name="Noun">What articles call it for short: "agreement", "deal", "MoU".</param>
public sealed record Agreement(int Id, string Name, string? Acronym, string Kind, string Noun, string Theme, IReadOnlyList<AgreementStep> Steps)
{
    /// <summary>Its latest step as of <paramref name="date"/>; null before it was first proposed.</summary>
    public AgreementStep? StepOn(DateOnly date) => Steps.LastOrDefault(step => step.Date <= date);

    /// <summary>"Reciprocal Exchange of Logistic Support (RELOS)".</summary>
    public string LongForm => Acronym is null ? Name : $"{Name} ({Acronym})";

    public string ShortForm => Acronym ?? Name;
}
