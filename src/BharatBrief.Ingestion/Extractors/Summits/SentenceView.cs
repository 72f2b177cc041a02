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
        Clauses = ClauseSplitter.ClauseOf(Tokens);
        Names = context.NamesIn(sentenceIndex);
        Triggers = triggers;
    }

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
        return opener > trigger.Last && opener - trigger.Last <= 2
            && Tokens.IsAny(opener + 1, "which", "where", "who", "that", "when");
    }

    /// <summary>Heads of state or government of India or Russia named in the sentence, in order.</summary>
    public IEnumerable<(int Token, Person Person)> Leaders() =>
        Names.Where(name => name.Value is Person { IsHead: true, Country: "India" or "Russia" })
             .Select(name => (name.First, (Person)name.Value));

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
