using BharatBrief.Corpus.World;

namespace BharatBrief.Corpus.Writing;

/// <summary>The themes an article dwells on, drawn from those its era talks about (no Ukraine war before 2022).</summary>
public static class ThemePicker
{
    private static readonly (string Theme, int FromYear, int Weight)[] Themes =
    [
        ("defence", 2000, 10), ("energy", 2000, 8), ("trade", 2000, 8), ("nuclear", 2000, 4), ("strategic-autonomy", 2000, 5),
        ("technology", 2000, 4), ("china", 2000, 3), ("multilateral", 2000, 3), ("counterterrorism", 2000, 3),
        ("sanctions", 2014, 6), ("ukraine-war", 2022, 7), ("payments", 2022, 6), ("labour-mobility", 2023, 4),
    ];

    public static IReadOnlyList<string> Pick(Meeting focus, DateOnly date, Random random)
    {
        var available = Themes.Where(theme => theme.FromYear <= date.Year).ToList();
        var picked = new List<string>();
        if (focus.Kind == MeetingKind.Multilateral)
        {
            picked.Add("multilateral");
            available.RemoveAll(theme => theme.Theme == "multilateral");
        }
        for (var count = random.Next(3, 6); picked.Count < count;)
        {
            var pick = random.Next(available.Sum(theme => theme.Weight));
            var theme = available.First(candidate => (pick -= candidate.Weight) < 0);
            available.Remove(theme);
            picked.Add(theme.Theme);
        }
        return picked;
    }
}
