using System.Numerics;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Extractors.Themes;

/// <summary>
/// Weighs one article's themes by how central each is: each text is added with a boost for where it stands (a title
/// counts more than a paragraph), repeats of the same phrase add less and less, a theme that runs through many
/// passages outweighs one said as often in a single passage, and a word in a list of many topics counts little.
/// One tally serves one article on one thread.
/// </summary>
public sealed class ThemeTally
{
    /// <summary>Themes lighter than this share of the article are left out.</summary>
    public const double DefaultFloor = 0.02;

    /// <summary>A theme's further phrases in one sentence count at this share of its strongest one.</summary>
    public const double SecondaryShare = 0.75;

    /// <summary>A sentence that names at least this many themes lists topics in passing ("covering defence, energy, space and trade").</summary>
    public const int ListedThemes = 4;

    /// <summary>How much each mention of a sentence that lists topics counts.</summary>
    public const double ListedShare = 0.5;

    /// <summary>How much each further passage (paragraph, list item, heading) that speaks of a theme adds, on a log scale.</summary>
    public const double SpreadBonus = 0.7;

    /// <summary>How much a phrase counts when it only names the occasion or place of a meeting ("on the sidelines of the SCO summit").</summary>
    public const double OccasionShare = 0.3;

    /// <summary>
    /// How much more a stance theme (one that is a position taken, such as strategic autonomy) weighs in an opinion piece:
    /// a column argues a position, and the few sentences that state it are what the piece is about, however many
    /// more sentences it spends on the trade, arms and oil it argues from.
    /// </summary>
    public const double ArguedStanceFactor = 3.0;

    private readonly ThemeLexicon _lexicon;
    private readonly double[] _mentions;
    private readonly double[] _occasionMentions;
    private readonly bool[] _spokenOf;
    private readonly HashSet<int>?[] _passages;
    private readonly List<(ThemeTerm Term, int Start, int End)> _found = [];
    private int _ownPassages;
    private bool _argues;

    internal ThemeTally(ThemeLexicon lexicon)
    {
        _lexicon = lexicon;
        _mentions = new double[lexicon.Terms.Count];
        _occasionMentions = new double[lexicon.Terms.Count];
        _spokenOf = new bool[lexicon.Slugs.Count];
        _passages = new HashSet<int>?[lexicon.Slugs.Count];
    }

    /// <summary>
    /// Counts the theme phrases of one sentence, each mention worth <paramref name="boost"/>. Within the sentence only
    /// the strongest phrase of a theme counts in full and the others at <see cref="SecondaryShare"/>. When a sentence of
    /// body text (a boost of 1 or less) names <see cref="ListedThemes"/> themes or more, every mention counts at
    /// <see cref="ListedShare"/>, because a list of topics in passing says little about any one of them; a title, lede,
    /// heading or fact box that lists topics names what the article is about, so its lists count in full.
    /// </summary>
    /// <param name="text">One sentence (or a title or heading).</param>
    /// <param name="boost">How much a mention counts where the text stands.</param>
    /// <param name="passage">
    /// The passage the text belongs to (its block), so that sentences of one paragraph spread a theme no further than
    /// one passage; a negative value makes the text a passage of its own.
    /// </param>
    public void Add(string text, double boost = 1.0, int passage = -1)
    {
        _found.Clear();
        _lexicon.Scan(text, _found);
        if (_found.Count == 0)
        {
            return;
        }
        if (passage < 0)
        {
            passage = int.MinValue + _ownPassages++;
        }
        var share = boost <= 1.0 && ThemesNamed() >= ListedThemes ? ListedShare : 1.0;
        for (var i = 0; i < _found.Count; i++)
        {
            var (term, start, end) = _found[i];
            var mention = share * (IsStrongestOfItsTheme(i) ? boost : boost * SecondaryShare);
            if (OccasionMention.IsOccasion(text, start, end))
            {
                _occasionMentions[term.Id] += mention;
            }
            else
            {
                _mentions[term.Id] += mention;
                _spokenOf[term.Theme] = true;
            }
            (_passages[term.Theme] ??= []).Add(passage);
        }
    }

    /// <summary>Marks the article as an opinion piece, so that its stance themes weigh <see cref="ArguedStanceFactor"/> times more.</summary>
    public void ArguesAPosition() => _argues = true;

    /// <summary>The weighed themes, heaviest first, summing to 1; none when no phrase matched.</summary>
    public IReadOnlyList<ThemeWeight> ToWeights(double floor = DefaultFloor)
    {
        var scores = new double[_lexicon.Slugs.Count];
        foreach (var term in _lexicon.Terms)
        {
            if (term.IsIgnored)
            {
                continue;
            }
            var mentions = _mentions[term.Id] + (_spokenOf[term.Theme] ? 1.0 : OccasionShare) * _occasionMentions[term.Id];
            if (mentions > 0)
            {
                scores[term.Theme] += term.Weight * Saturate(mentions);
            }
        }
        for (var theme = 0; theme < scores.Length; theme++)
        {
            scores[theme] *= Spread(_passages[theme]?.Count ?? 0);
            if (_argues && _lexicon.Stances[theme])
            {
                scores[theme] *= ArguedStanceFactor;
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

    /// <summary>How many themes the found phrases speak for.</summary>
    private int ThemesNamed()
    {
        ulong seen = 0;
        var beyond = 0;
        foreach (var (term, _, _) in _found)
        {
            if (term.Theme < 64)
            {
                seen |= 1UL << term.Theme;
            }
            else
            {
                beyond = 1;
            }
        }
        return BitOperations.PopCount(seen) + beyond;
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

    /// <summary>One passage counts once; each further one adds less: 1 + <see cref="SpreadBonus"/> · ln(p).</summary>
    private static double Spread(int passages) => passages <= 1 ? 1 : 1 + (SpreadBonus * Math.Log(passages));
}
