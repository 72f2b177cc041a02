using BharatBrief.Corpus.Writing;

namespace BharatBrief.Corpus.World;

/// <summary>
/// The agreements of the phrasebook (<c>agreement</c>: theme|kind|noun|name|acronym), each given a seeded history:
/// proposed, negotiated, agreed, signed (often at a summit), ratified, in force — stopping short for many.
/// </summary>
public static class AgreementPool
{
    public static IReadOnlyList<Agreement> Build(Random random, Phrasebook book, IReadOnlyList<Meeting> meetings)
    {
        var signingOccasions = meetings.Where(meeting => !meeting.IsCancelled && meeting.Kind is MeetingKind.AnnualSummit or MeetingKind.StateVisit).ToArray();
        return [.. book.Rows("agreement").Select((row, id) =>
            new Agreement(id, row[3], row[4].Length == 0 ? null : row[4], row[1], row[2], row[0], History(random, row[1], signingOccasions)))];
    }

    private static List<AgreementStep> History(Random random, string kind, IReadOnlyList<Meeting> occasions)
    {
        var date = CorpusCalendar.Between(random, CorpusCalendar.FirstMeeting, new DateOnly(2025, 9, 1));
        var steps = new List<AgreementStep> { new(AgreementStatus.Proposed, date, null) };
        foreach (var (status, chance) in Lifecycle(kind))
        {
            if (random.NextDouble() >= chance)
            {
                break;
            }
            date = date.AddDays(random.Next(60, 700));
            Meeting? occasion = null;
            if (status == AgreementStatus.Signed && random.NextDouble() < 0.8)
            {
                occasion = occasions.FirstOrDefault(meeting => meeting.Start >= date && meeting.Start <= date.AddDays(450));
                date = occasion?.Start ?? date;
            }
            if (date > CorpusCalendar.LastArticle)
            {
                break;
            }
            steps.Add(new AgreementStep(status, date, occasion));
        }
        return steps;
    }

    /// <summary>The steps after the proposal each kind can take, with the chance of taking each.</summary>
    private static (AgreementStatus, double)[] Lifecycle(string kind) => kind switch
    {
        "treaty" or "agreement" => [(AgreementStatus.UnderNegotiation, 0.85), (AgreementStatus.Agreed, 0.75), (AgreementStatus.Signed, 0.85), (AgreementStatus.Ratified, 0.55), (AgreementStatus.InForce, 0.8)],
        "mou" => [(AgreementStatus.UnderNegotiation, 0.8), (AgreementStatus.Signed, 0.85), (AgreementStatus.InForce, 0.6)],
        "contract" => [(AgreementStatus.UnderNegotiation, 0.85), (AgreementStatus.Signed, 0.8), (AgreementStatus.InForce, 0.6)],
        "programme" or "mechanism" => [(AgreementStatus.UnderNegotiation, 0.8), (AgreementStatus.Agreed, 0.8), (AgreementStatus.InForce, 0.7)],
        "credit-line" => [(AgreementStatus.Agreed, 0.8), (AgreementStatus.Signed, 0.8)],
        "project" => [(AgreementStatus.Agreed, 0.8), (AgreementStatus.Signed, 0.7), (AgreementStatus.InForce, 0.7)],
        "commitment" => [(AgreementStatus.Agreed, 0.9)],
        _ => [(AgreementStatus.UnderNegotiation, 0.4)],
    };
}
