namespace BharatBrief.Ingestion.Merging;

/// <summary>
/// Scores a merged agreement by its evidence: it starts sure and loses when only one article reports it, when no
/// sentence says what became of it beyond its name, and when sources tell its status in ways that go back (signed,
/// then only proposed).
/// </summary>
public static class AgreementConfidence
{
    private const double Start = 0.95;
    private const double OneSource = 0.2;
    private const double TwoSources = 0.05;
    private const double StatusGoesBack = 0.15;

    public const string OneSourceNote = "one source";
    public const string StatusDisputedNote = "sources disagree on its status";

    public static Confidence Of(MergedAgreement agreement)
    {
        var score = Start;
        var notes = new List<string>();
        var articles = agreement.Mentions.Select(mention => mention.ArticleId).Distinct().Count();
        if (articles <= 1)
        {
            score -= OneSource;
            notes.Add(OneSourceNote);
        }
        else if (articles == 2)
        {
            score -= TwoSources;
        }
        if (StatusGoesBackInTime(agreement))
        {
            score -= StatusGoesBack;
            notes.Add(StatusDisputedNote);
        }
        return new Confidence(Math.Round(Math.Clamp(score, 0.05, 1.0), 2), notes);
    }

    private static bool StatusGoesBackInTime(MergedAgreement agreement)
    {
        var dated = agreement.History.Where(entry => entry.AsOf is not null).OrderBy(entry => entry.AsOf!.Value.FirstDay).ToList();
        for (var i = 1; i < dated.Count; i++)
        {
            if (dated[i].Status < dated[i - 1].Status && dated[i].AsOf!.Value.FirstDay > dated[i - 1].AsOf!.Value.LastDay)
            {
                return true;
            }
        }
        return false;
    }
}
