using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Extractors.Themes;

/// <summary>
/// Weighs one article's themes: each text is added with a boost for where it stands (a title counts more than a
/// paragraph). Repeats of the same phrase add less and less, so one word said ten times does not make a theme.
/// One tally serves one article on one thread.
/// </summary>
public sealed class ThemeTally
{
    /// <summary>Themes lighter than this share of the article are left out.</summary>
    public const double DefaultFloor = 0.02;

    private const double SecondaryShare = 0.5;

    private readonly ThemeLexicon _lexicon;
    private readonly double[] _mentions;
    private readonly List<(ThemeTerm Term, int Start, int End)> _found = [];

    internal ThemeTally(ThemeLexicon lexicon)
    {
        _lexicon = lexicon;
        _mentions = new double[lexicon.Terms.Count];
    }

    /// <summary>
    /// Counts the theme phrases of one sentence, each mention worth <paramref name="boost"/>. Within the sentence only
    /// the strongest phrase of a theme counts in full and the others at half, so a list of one theme's words is one
    /// mention of the theme more than many.
    /// </summary>
    public void Add(string text, double boost = 1.0)
    {
        _found.Clear();
        _lexicon.Scan(text, _found);
        for (var i = 0; i < _found.Count; i++)
        {
            var term = _found[i].Term;
            _mentions[term.Id] += IsStrongestOfItsTheme(i) ? boost : boost * SecondaryShare;
        }
    }

    /// <summary>The weighed themes, heaviest first, summing to 1; none when no phrase matched.</summary>
    public IReadOnlyList<ThemeWeight> ToWeights(double floor = DefaultFloor)
    {
        var scores = new double[_lexicon.Slugs.Count];
        foreach (var term in _lexicon.Terms)
        {
            var mentions = _mentions[term.Id];
            if (mentions > 0 && !term.IsIgnored)
            {
                scores[term.Theme] += term.Weight * Saturate(mentions);
            }
        }
        var total = scores.Sum();
        if (total <= 0)
        {
            return [];
        }
        var kept = Enumerable.Range(0, scores.Length).Where(theme => scores[theme] / total >= floor).ToArray();
        var keptTotal = kept.Sum(theme => scores[theme]);
        return [.. kept
            .OrderByDescending(theme => scores[theme])
            .ThenBy(theme => theme)
            .Select(theme => new ThemeWeight(_lexicon.Slugs[theme], scores[theme] / keptTotal))];
    }

    private bool IsStrongestOfItsTheme(int index)
    {
        var term = _found[index].Term;
        for (var i = 0; i < _found.Count; i++)
        {
            var other = _found[i].Term;
            var outweighs = other.Weight > term.Weight || (other.Weight == term.Weight && i < index);
            if (i != index && other.Theme == term.Theme && outweighs)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Linear up to one mention, logarithmic beyond: 1 + ln(m).</summary>
    private static double Saturate(double mentions) => mentions <= 1 ? mentions : 1 + Math.Log(mentions);
}
