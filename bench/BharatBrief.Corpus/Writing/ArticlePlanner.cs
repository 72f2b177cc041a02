using BharatBrief.Corpus.World;

namespace BharatBrief.Corpus.Writing;

/// <summary>
/// Chooses what each article is about: a meeting (summits make more news than phone calls), when it is written
/// relative to the meeting, its layout, themes of the era, the earlier meetings it recalls and the agreements it names.
/// </summary>
public sealed class ArticlePlanner(CorpusWorld world)
{
    private readonly int[] _cumulativeWeights = Cumulative(world.Meetings);

    public ArticlePlan Plan(int index, Random random)
    {
        for (var attempt = 0; ; attempt++)
        {
            var focus = PickMeeting(random);
            var chosen = PickStance(focus, random);
            // A meeting too far ahead for any article yet is redrawn; after many tries it is previewed on its announcement.
            if (chosen is null && attempt < 20)
            {
                continue;
            }
            var (stance, date) = chosen ?? (Stance.Preview, focus.AnnouncedOn);
            var themes = ThemePicker.Pick(focus, date, random);
            return new ArticlePlan(index, focus, stance, date, PickLayout(random), themes, Recall(focus, date, random),
                PickAgreements(focus, stance, date, themes, random), TargetLength(random));
        }
    }

    private Meeting PickMeeting(Random random)
    {
        var pick = random.Next(_cumulativeWeights[^1]);
        var index = Array.BinarySearch(_cumulativeWeights, pick + 1);
        return world.Meetings[index >= 0 ? index : ~index];
    }

    private static (Stance, DateOnly)? PickStance(Meeting meeting, Random random)
    {
        var options = new List<(Stance Stance, DateOnly From, DateOnly To, int Weight)>();
        var plannedUntil = (meeting.CancelledOn ?? meeting.Start).AddDays(-1);
        if (meeting.Kind != MeetingKind.PhoneCall)
        {
            options.Add((Stance.Preview, meeting.AnnouncedOn, plannedUntil, 30));
        }
        if (meeting.IsCancelled)
        {
            options.Add((Stance.Cancelled, meeting.CancelledOn!.Value, meeting.CancelledOn.Value.AddDays(10), 40));
        }
        else
        {
            if (meeting.Kind != MeetingKind.PhoneCall)
            {
                options.Add((Stance.Live, meeting.Start, meeting.End, 10));
            }
            options.Add((Stance.Report, meeting.End, meeting.End.AddDays(4), 35));
            options.Add((Stance.Retrospective, meeting.End.AddDays(20), meeting.End.AddDays(900), 25));
        }
        options.RemoveAll(option => option.From > CorpusCalendar.LastArticle || option.From > option.To);
        if (options.Count == 0)
        {
            return null;
        }
        var pick = random.Next(options.Sum(option => option.Weight));
        var chosen = options.First(option => (pick -= option.Weight) < 0);
        var to = chosen.To > CorpusCalendar.LastArticle ? CorpusCalendar.LastArticle : chosen.To;
        return (chosen.Stance, CorpusCalendar.Between(random, chosen.From, to));
    }

    private static Layout PickLayout(Random random) => random.Next(100) switch
    {
        < 10 => Layout.MarkdownBrief,
        < 33 => Layout.Wire,
        < 58 => Layout.Feature,
        < 75 => Layout.Explainer,
        _ => Layout.Plain,
    };

    /// <summary>Earlier held meetings: the previous annual summit above all, then any other, most recent first.</summary>
    private List<Meeting> Recall(Meeting focus, DateOnly date, Random random)
    {
        var earlier = world.Meetings.Where(meeting => meeting != focus && !meeting.IsCancelled && meeting.End < date && meeting.Start > date.AddYears(-6)).ToList();
        var recalled = new List<Meeting>();
        if (earlier.LastOrDefault(meeting => meeting.Kind == MeetingKind.AnnualSummit) is { } previousSummit && random.Next(4) > 0)
        {
            recalled.Add(previousSummit);
        }
        var others = earlier.Where(meeting => meeting.Kind != MeetingKind.PhoneCall || random.Next(3) == 0).TakeLast(8).ToList();
        for (var count = random.Next(0, 3); count > 0 && others.Count > 0; count--)
        {
            var pick = others[random.Next(others.Count)];
            others.Remove(pick);
            if (!recalled.Contains(pick))
            {
                recalled.Add(pick);
            }
        }
        return recalled;
    }

    /// <summary>Agreements on the article's themes that exist by its date, and those signed (or to be signed) at the focus meeting.</summary>
    private List<Agreement> PickAgreements(Meeting focus, Stance stance, DateOnly date, IReadOnlyList<string> themes, Random random)
    {
        var atFocus = world.Agreements.Where(agreement => agreement.Steps.Any(step => step.AtMeeting == focus)).ToList();
        var chosen = stance is Stance.Report or Stance.Live or Stance.Preview or Stance.Retrospective ? atFocus.Take(2).ToList() : [];
        var candidates = world.Agreements.Where(agreement => agreement.StepOn(date) is not null && !chosen.Contains(agreement)).ToList();
        var onTheme = candidates.Where(agreement => themes.Contains(agreement.Theme)).ToList();
        for (var count = random.Next(1, 4); count > 0; count--)
        {
            var pool = onTheme.Count > 0 && random.Next(4) > 0 ? onTheme : candidates;
            if (pool.Count == 0)
            {
                break;
            }
            var pick = pool[random.Next(pool.Count)];
            onTheme.Remove(pick);
            candidates.Remove(pick);
            chosen.Add(pick);
        }
        return chosen;
    }

    /// <summary>About 5 KB, spread like real articles: mostly 4–6 KB, a few short briefs and long features.</summary>
    private static int TargetLength(Random random)
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return (int)Math.Clamp(5400 + normal * 800, 3000, 8500);
    }

    private static int[] Cumulative(IReadOnlyList<Meeting> meetings)
    {
        var sums = new int[meetings.Count];
        var total = 0;
        for (var i = 0; i < meetings.Count; i++)
        {
            sums[i] = total += meetings[i].NewsWeight;
        }
        return sums;
    }
}
