using System.Buffers;

namespace BharatBrief.Ingestion.Extractors.Themes;

/// <summary>
/// The words and phrases that show what a text is about, per theme of the taxonomy, read from themes.json.
/// Phrases match whole words, regardless of case unless marked, and the longest phrase at a position wins, so
/// "nuclear submarine" counts for defence and not for nuclear. Immutable and safe to share between threads.
/// </summary>
public sealed class ThemeLexicon
{
    /// <summary>How much weight a text must carry for a theme before <see cref="ThemesOf"/> names it.</summary>
    public const double SentenceThreshold = 1.2;

    private static readonly Lazy<ThemeLexicon> DefaultLexicon =
        new(() => Load(Gazetteers.GazetteerResources.Open("themes")));

    private readonly ThemeTrieNode _root;
    private readonly FirstWordFilter _firstWords = new();

    internal ThemeLexicon(IReadOnlyList<string> slugs, IReadOnlyList<ThemeTerm> terms, ThemeTrieNode root, IReadOnlyList<bool>? stances = null)
    {
        Slugs = slugs;
        Terms = terms;
        Stances = stances ?? new bool[slugs.Count];
        _root = root;
        _root.Freeze();
        foreach (var word in root.Words)
        {
            _firstWords.Add(word);
        }
    }

    /// <summary>The lexicon of the embedded themes.json.</summary>
    public static ThemeLexicon Default => DefaultLexicon.Value;

    /// <summary>The theme slugs, in the order of the data file.</summary>
    public IReadOnlyList<string> Slugs { get; }

    internal IReadOnlyList<ThemeTerm> Terms { get; }

    /// <summary>Per theme, in the order of <see cref="Slugs"/>: true for a theme that is a position taken rather than a subject ("stance" in themes.json).</summary>
    internal IReadOnlyList<bool> Stances { get; }

    /// <summary>Reads a lexicon in the schema of themes.json.</summary>
    public static ThemeLexicon Load(Stream json) => ThemeLexiconReader.Read(json);

    /// <summary>
    /// The themes a sentence speaks of, heaviest first: those whose matched phrases weigh at least
    /// <see cref="SentenceThreshold"/> together, so a single weak cue ("pressure") names no theme.
    /// </summary>
    public IReadOnlyList<string> ThemesOf(string text)
    {
        var totals = new double[Slugs.Count];
        var found = new List<(ThemeTerm Term, int Start, int End)>();
        Scan(text, found);
        foreach (var (term, _, _) in found)
        {
            totals[term.Theme] += term.Weight;
        }
        // Heaviest first, equal weights in the order of the data file: an insertion sort over the few themes that pass.
        var themes = new List<string>();
        var weights = new List<double>();
        for (var theme = 0; theme < totals.Length; theme++)
        {
            if (totals[theme] < SentenceThreshold)
            {
                continue;
            }
            var at = 0;
            while (at < weights.Count && weights[at] >= totals[theme])
            {
                at++;
            }
            themes.Insert(at, Slugs[theme]);
            weights.Insert(at, totals[theme]);
        }
        return themes;
    }

    /// <summary>Every phrase of the lexicon found in the text, in the order of the text.</summary>
    public IReadOnlyList<ThemeMatch> Match(string text)
    {
        var found = new List<(ThemeTerm Term, int Start, int End)>();
        Scan(text, found);
        return [.. found.Select(match =>
            new ThemeMatch(Slugs[match.Term.Theme], match.Term.Phrase, match.Start, match.End - match.Start, match.Term.Weight))];
    }

    /// <summary>Starts weighing a whole article: add its texts with their position boosts, then read the weights.</summary>
    public ThemeTally CreateTally() => new(this);

    /// <summary>Adds the theme terms of <paramref name="text"/> to <paramref name="found"/>; blocking phrases are not added.</summary>
    internal void Scan(string text, List<(ThemeTerm Term, int Start, int End)> found)
    {
        var buffer = ArrayPool<WordToken>.Shared.Rent(Math.Max(1, WordTokenizer.MaxTokens(text)));
        var terms = new List<ThemeTerm>(4);
        try
        {
            var tokens = buffer.AsSpan(0, WordTokenizer.Tokenize(text, buffer));
            var i = 0;
            while (i < tokens.Length)
            {
                var length = _firstWords.MayStart(tokens[i].In(text)) ? LongestMatchAt(text, tokens[i..], terms) : 0;
                if (length == 0)
                {
                    i++;
                    continue;
                }
                for (var t = 0; t < terms.Count; t++)
                {
                    var term = terms[t];
                    if (!term.IsIgnored && !IsOutweighedAtSameWords(terms, t))
                    {
                        found.Add((term, tokens[i].Start, tokens[i + length - 1].End));
                    }
                }
                i += length;
            }
        }
        finally
        {
            ArrayPool<WordToken>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// True when another phrase of the same theme matched the same words and weighs more (or as much and comes first):
    /// spellings that read alike ("G20" and "G-20", "rare earth" and "rare-earth") are one mention, not two.
    /// </summary>
    private static bool IsOutweighedAtSameWords(List<ThemeTerm> terms, int index)
    {
        var term = terms[index];
        for (var i = 0; i < terms.Count; i++)
        {
            var other = terms[i];
            var outweighs = other.Weight > term.Weight || (other.Weight == term.Weight && i < index);
            if (i != index && other.Theme == term.Theme && outweighs)
            {
                return true;
            }
        }
        return false;
    }

    private int LongestMatchAt(string text, ReadOnlySpan<WordToken> tokens, List<ThemeTerm> terms)
    {
        Span<int> endings = stackalloc int[8];
        Span<char> lowered = stackalloc char[ThemeTrieNode.MaxWordLength];
        var endingCount = 0;
        var node = _root;
        for (var depth = 0; depth < tokens.Length && depth < endings.Length; depth++)
        {
            var word = tokens[depth].In(text);
            if (word.Length > lowered.Length)
            {
                break;
            }
            var next = node.Next(lowered[..word.ToLowerInvariant(lowered)]);
            if (next is null)
            {
                break;
            }
            node = next;
            if (node.HasTerms)
            {
                endings[endingCount++] = depth + 1;
            }
        }
        for (var e = endingCount - 1; e >= 0; e--)
        {
            terms.Clear();
            NodeAt(text, tokens, endings[e]).CollectMatching(text, tokens[..endings[e]], terms);
            if (terms.Count > 0)
            {
                return endings[e];
            }
        }
        return 0;
    }

    private ThemeTrieNode NodeAt(string text, ReadOnlySpan<WordToken> tokens, int depth)
    {
        Span<char> lowered = stackalloc char[ThemeTrieNode.MaxWordLength];
        var node = _root;
        for (var i = 0; i < depth; i++)
        {
            var word = tokens[i].In(text);
            node = node.Next(lowered[..word.ToLowerInvariant(lowered)])!;
        }
        return node;
    }
}
