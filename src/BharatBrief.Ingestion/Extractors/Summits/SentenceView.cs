using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>One sentence as the summit reader sees it: tokens, clauses, names and the meeting words found in it.</summary>
internal sealed class SentenceView
{
    public SentenceView(ExtractionContext context, int sentenceIndex, IReadOnlyList<PhraseMatch<TriggerWord>> triggers)
    {
        Context = context;
        SentenceIndex = sentenceIndex;
        Tokens = context.TokensOf(sentenceIndex);
        Clauses = context.ClausesOf(sentenceIndex);
        Names = context.NamesIn(sentenceIndex);
        Triggers = triggers;
        _nameAt = new int[Tokens.Count];
        Array.Fill(_nameAt, -1);
        for (var n = 0; n < Names.Count; n++)
        {
            for (var i = Names[n].First; i <= Names[n].Last; i++)
            {
                _nameAt[i] = n;
            }
        }
        _leaders = [];
        foreach (var name in Names)
        {
            if (name.Value is Person { Country: "India" or "Russia" } person && LeaderTitles.ActsAsHead(Tokens, name))
            {
                _leaders.Add((name.First, person));
            }
        }
    }

    private readonly int[] _nameAt;
    private readonly List<(int Token, Person Person)> _leaders;

    public ExtractionContext Context { get; }

    public int SentenceIndex { get; }

    public TokenizedText Tokens { get; }

    public int[] Clauses { get; }

    public IReadOnlyList<PhraseMatch<Named>> Names { get; }

    public IReadOnlyList<PhraseMatch<TriggerWord>> Triggers { get; }

    public int BlockIndex => Context.Sentences[SentenceIndex].BlockIndex;

    private List<PhraseMatch<bool>>? _cancellations;

    /// <summary>"called off", "postponed": found once per sentence, asked of every meeting word in it.</summary>
    public List<PhraseMatch<bool>> Cancellations(SummitLexicon lexicon) => _cancellations ??= lexicon.Cancelled.FindAll(Tokens);

    public bool SameClause(int a, int b) => Clauses[a] == Clauses[b];

    /// <summary>
    /// True when token <paramref name="index"/> speaks of the meeting word's meeting: it is in the word's clause, or in
    /// a relative clause that opens right after it ("The annual summit, which was to be held in New Delhi this year").
    /// </summary>
    public bool InScope(PhraseMatch<TriggerWord> trigger, int index)
    {
        var own = Clauses[trigger.First];
        if (Clauses[index] == own)
        {
            return true;
        }
        if (Clauses[index] != own + 1)
        {
            return false;
        }
        var opener = Array.IndexOf(Clauses, own + 1);
        return opener > trigger.Last && (opener - trigger.Last <= 2 || NamesItsSides(trigger.Last + 1, opener))
            && Tokens.IsAny(opener + 1, "which", "where", "who", "that", "when");
    }

    private static readonly string[] SidesWords = ["between", "of", "and", "with", "the", "two", "leaders", "countries", "'s", "-"];

    private const int MaxSidesTokens = 10;

    /// <summary>"The annual summit between Modi and Putin, which …": the words that name the meeting's sides, and no verb.</summary>
    public bool NamesItsSides(int from, int to) =>
        to - from <= MaxSidesTokens
        && Enumerable.Range(from, to - from).All(i => NameAt(i) is not null || IsInName(i) || Tokens.IsAny(i, SidesWords) || Tokens.IsPunctuation(i, '\''));

    private static readonly string[] ConjunctOpeners = ["in", "on", "at", "during", "again", "his", "her", "their"];

    /// <summary>
    /// "met in Moscow in July for their annual summit and in Kazan in October at the BRICS summit, and spoke by
    /// telephone in March": an "and" that opens a phrase of place or time ("and in", "and again") or a leader's own
    /// ("his visit to Moscow and his meeting with Putin") starts the next of a list of meetings, and ", and" before a meeting word starts a new predicate, so a place or date on the far side
    /// is another meeting's.
    /// </summary>
    public bool IsAcrossConjunct(PhraseMatch<TriggerWord> trigger, int index)
    {
        var before = index < trigger.First;
        var (from, to) = before ? (index + 1, trigger.First) : (trigger.Last + 1, index);
        for (var i = from; i < to; i++)
        {
            if (Tokens.Is(i, "and") && (Tokens.IsAny(i + 1, ConjunctOpeners) || (before && Tokens.IsPunctuation(i - 1, ','))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Heads of state or government of India or Russia named in the sentence, in order.</summary>
    public IReadOnlyList<(int Token, Person Person)> Leaders() => _leaders;

    /// <summary>True when token <paramref name="index"/> is part of a gazetteer name.</summary>
    public bool IsInName(int index) => index >= 0 && index < _nameAt.Length && _nameAt[index] >= 0;

    /// <summary>How many words tokens <paramref name="from"/> to <paramref name="to"/> (exclusive) hold, a name counting as one.</summary>
    public int WordsBetween(int from, int to)
    {
        var words = 0;
        for (var i = Math.Max(0, from); i < Math.Min(to, _nameAt.Length); i++)
        {
            if (_nameAt[i] < 0 || i == from || _nameAt[i - 1] != _nameAt[i])
            {
                words++;
            }
        }
        return words;
    }

    /// <summary>The gazetteer name covering token <paramref name="index"/>, if any.</summary>
    public Named? NameAt(int index) => IsInName(index) ? Names[_nameAt[index]].Value : null;

    private bool? _namesBothLeaders;

    /// <summary>"the two leaders", "both leaders": found once per sentence.</summary>
    public bool NamesBothLeaders(SummitLexicon lexicon) => _namesBothLeaders ??= lexicon.BothLeaders.FindAll(Tokens).Count > 0;

    private int? _sidelines;

    /// <summary>The clause that speaks of "the sidelines" of a forum, or -1.</summary>
    public int SidelinesClause => _sidelines ??= FindSidelinesClause();

    private int FindSidelinesClause()
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens.Is(i, "sidelines"))
            {
                return Clauses[i];
            }
        }
        return -1;
    }

    /// <summary>The word before <paramref name="index"/>, skipping "the" and "a".</summary>
    public int PreviousWord(int index)
    {
        var i = index - 1;
        while (i >= 0 && Tokens.IsAny(i, "the", "a", "an"))
        {
            i--;
        }
        return i;
    }

    /// <summary>True when the token range is followed by a possessive "’s".</summary>
    public bool IsPossessive(int last) =>
        last + 2 < Tokens.Count + 1 && Tokens.IsPunctuation(last + 1, '\'') && Tokens.Is(last + 2, "s");
}
