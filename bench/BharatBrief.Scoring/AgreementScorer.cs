using System.Text;

namespace BharatBrief.Scoring;

/// <summary>How the store's agreements compare with the calendar's.</summary>
public sealed record AgreementScore(
    int Agreements,
    int Truth,
    int Matched,
    int FitAny,
    int KindAgrees,
    int StatusAgrees,
    IReadOnlyDictionary<string, int> StoreByKind,
    IReadOnlyDictionary<string, int> TruthByKind,
    IReadOnlyList<string> Unmatched,
    IReadOnlyList<string> Missed)
{
    public double Precision => Agreements == 0 ? 0 : (double)Matched / Agreements;

    public double Recall => Truth == 0 ? 0 : (double)Matched / Truth;
}

/// <summary>
/// Pairs agreements with the calendar's one to one by name. The store's name and each of its aliases are compared
/// with the calendar's name, its acronym and "name (acronym)", once normalised (case, dashes and punctuation folded
/// to spaces, "the" dropped). One of them fits when:
/// <list type="bullet">
/// <item>they are equal; or</item>
/// <item>the calendar's acronym (three letters or more) is a word of the store's name or alias ("the RELOS pact"); or</item>
/// <item>one holds the other as whole words and the shorter has at least three words ("S 400 Triumf Air Defence
/// Systems" in "S 400 Triumf Air Defence Systems Contract").</item>
/// </list>
/// Among the pairings allowed, the largest one-to-one set is taken, equal names first: an agreement split into two
/// records counts once, the other is a false positive.
/// </summary>
public static class AgreementScorer
{
    private const int MinimumContainedWords = 3;

    public static AgreementScore Score(IReadOnlyList<ExportAgreement> agreements, IReadOnlyList<CalendarAgreement> truth)
    {
        var truthForms = truth.Select(TruthForms).ToArray();
        var candidates = new List<IReadOnlyList<int>>(agreements.Count);
        var fitAny = 0;
        foreach (var agreement in agreements)
        {
            var names = StoreForms(agreement);
            var fits = Enumerable.Range(0, truth.Count)
                .Select(t => (t, Strength: Fit(names, truthForms[t], truth[t].Acronym)))
                .Where(pair => pair.Strength > 0)
                .OrderByDescending(pair => pair.Strength)
                .Select(pair => pair.t)
                .ToArray();
            fitAny += fits.Length > 0 ? 1 : 0;
            candidates.Add(fits);
        }
        var order = Enumerable.Range(0, agreements.Count).OrderBy(i => candidates[i].Count == 0 ? int.MaxValue : candidates[i].Count);
        var pairs = BipartiteMatching.Match(candidates, truth.Count, order);

        int matched = 0, kindAgrees = 0, statusAgrees = 0;
        var taken = new bool[truth.Count];
        var unmatched = new List<string>();
        for (var i = 0; i < agreements.Count; i++)
        {
            if (pairs[i] < 0)
            {
                unmatched.Add(agreements[i].Name ?? agreements[i].Slug ?? "(unnamed)");
                continue;
            }
            var real = truth[pairs[i]];
            taken[pairs[i]] = true;
            matched++;
            kindAgrees += string.Equals(agreements[i].Kind, real.Kind, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            var finalStatus = real.Steps is { Count: > 0 } steps ? Documents.Slug(steps[^1].Status) : null;
            statusAgrees += string.Equals(agreements[i].Status, finalStatus, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }

        return new AgreementScore(
            agreements.Count,
            truth.Count,
            matched,
            fitAny,
            kindAgrees,
            statusAgrees,
            Count(agreements.Select(agreement => agreement.Kind ?? "(none)")),
            Count(truth.Select(agreement => agreement.Kind)),
            unmatched,
            [.. truth.Where((_, t) => !taken[t]).Select(agreement => agreement.Name)]);
    }

    /// <summary>2 for an equal name, 1 for an acronym or contained name, 0 for no fit.</summary>
    public static int Fit(IReadOnlyList<string> storeNames, IReadOnlyList<string> truthNames, string? acronym)
    {
        if (storeNames.Any(name => truthNames.Contains(name, StringComparer.Ordinal)))
        {
            return 2;
        }
        var acronymWord = acronym is { Length: >= 3 } ? Normalise(acronym) : null;
        foreach (var name in storeNames)
        {
            var words = name.Split(' ');
            if (acronymWord is not null && words.Contains(acronymWord, StringComparer.Ordinal))
            {
                return 1;
            }
            foreach (var real in truthNames)
            {
                var (shorter, longer) = name.Length <= real.Length ? (name, real) : (real, name);
                if (shorter.Split(' ').Length >= MinimumContainedWords && $" {longer} ".Contains($" {shorter} ", StringComparison.Ordinal))
                {
                    return 1;
                }
            }
        }
        return 0;
    }

    /// <summary>Lower case, letters and digits only, words separated by one space, "the" dropped.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => word != "the"));
    }

    private static string[] StoreForms(ExportAgreement agreement) =>
        [.. new[] { agreement.Name }.Concat(agreement.Aliases ?? []).Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => Normalise(name!)).Where(name => name.Length > 0).Distinct()];

    private static string[] TruthForms(CalendarAgreement agreement) =>
        [.. new[] { agreement.Name, agreement.Acronym, agreement.Acronym is null ? null : $"{agreement.Name} ({agreement.Acronym})" }
            .Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => Normalise(name!)).Distinct()];

    private static Dictionary<string, int> Count(IEnumerable<string> keys) =>
        keys.GroupBy(key => key, StringComparer.OrdinalIgnoreCase).ToDictionary(group => group.Key, group => group.Count(), StringComparer.OrdinalIgnoreCase);
}
