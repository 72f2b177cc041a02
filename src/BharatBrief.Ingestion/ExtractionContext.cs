using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion;

/// <summary>The working state of one article as it passes through the extractors.</summary>
public sealed class ExtractionContext
{
    // Most sentences hold no date and no entity: their lists are made on the first one added.
    private readonly List<DateMatch>?[] _datesBySentence;
    private readonly List<EntityMention>?[] _entitiesBySentence;
    private readonly TokenizedText?[] _tokensBySentence;
    private readonly int[]?[] _clausesBySentence;
    private readonly IReadOnlyList<PhraseMatch<Named>>[] _namesBySentence;

    public ExtractionContext(ArticleDocument document, Gazetteer gazetteer, PartialDate? publishedOn)
    {
        Document = document;
        Gazetteer = gazetteer;
        PublishedOn = publishedOn;
        _datesBySentence = new List<DateMatch>?[document.Sentences.Count];
        _entitiesBySentence = new List<EntityMention>?[document.Sentences.Count];
        _tokensBySentence = new TokenizedText?[document.Sentences.Count];
        _clausesBySentence = new int[]?[document.Sentences.Count];
        _namesBySentence = new IReadOnlyList<PhraseMatch<Named>>[document.Sentences.Count];
        Array.Fill(_namesBySentence, []);
    }

    public ArticleDocument Document { get; }

    public Gazetteer Gazetteer { get; }

    public PartialDate? PublishedOn { get; }

    public IReadOnlyList<DocumentSentence> Sentences => Document.Sentences;

    /// <summary>The date relative expressions are read against; set by the as-of step, refined by later ones.</summary>
    public AsOfDate AsOf { get; set; } = AsOfDate.Unknown;

    public List<EntityMention> Entities { get; } = [];

    public List<SummitMention> Summits { get; } = [];

    public List<AgreementMention> Agreements { get; } = [];

    public List<FigureMention> Figures { get; } = [];

    public List<ThemeWeight> Themes { get; } = [];

    public List<string> Warnings { get; } = [];

    private ReportedClaims? _claims;

    /// <summary>The quotations and labelled lines the article repeats as someone else's claim, read once.</summary>
    public ReportedClaims Claims => _claims ??= ReportedClaims.Read(Document.Sentences);

    /// <summary>The sentence's tokens, made once and shared by every step.</summary>
    public TokenizedText TokensOf(int sentenceIndex) =>
        _tokensBySentence[sentenceIndex] ??= Tokenizer.Tokenize(Document.Sentences[sentenceIndex].Text);

    /// <summary>The clause number of every token of the sentence (<see cref="ClauseSplitter.ClauseOf"/>), made once and shared; read only.</summary>
    internal int[] ClausesOf(int sentenceIndex) =>
        _clausesBySentence[sentenceIndex] ??= ClauseSplitter.ClauseOf(TokensOf(sentenceIndex));

    /// <summary>Date phrases of a sentence; their spans are positions in the sentence's <see cref="DocumentSentence.Text"/>.</summary>
    public IReadOnlyList<DateMatch> DatesIn(int sentenceIndex) => _datesBySentence[sentenceIndex] ?? (IReadOnlyList<DateMatch>)[];

    /// <summary>Gazetteer entities named in a sentence, in the order of the text.</summary>
    public IReadOnlyList<EntityMention> EntitiesIn(int sentenceIndex) => _entitiesBySentence[sentenceIndex] ?? (IReadOnlyList<EntityMention>)[];

    /// <summary>Gazetteer names found in a sentence, by token position in <see cref="TokensOf"/>.</summary>
    public IReadOnlyList<PhraseMatch<Named>> NamesIn(int sentenceIndex) => _namesBySentence[sentenceIndex];

    public void SetNames(int sentenceIndex, IReadOnlyList<PhraseMatch<Named>> names) => _namesBySentence[sentenceIndex] = names;

    public void AddDate(int sentenceIndex, DateMatch match) => (_datesBySentence[sentenceIndex] ??= []).Add(match);

    public void AddEntity(EntityMention entity)
    {
        Entities.Add(entity);
        (_entitiesBySentence[entity.SentenceIndex] ??= []).Add(entity);
    }

    /// <summary>
    /// The theme slugs some sentences speak of, for the summits and agreements they support.
    /// Set by the pipeline from the theme lexicon; empty when no lexicon is configured.
    /// </summary>
    public Func<IEnumerable<string>, IReadOnlyList<string>> ThemesOf { get; init; } = _ => [];

    /// <summary>Reads a date phrase against the article's as-of date.</summary>
    public MentionDate ResolveDate(DateMatch match, TimeOrientation orientation) =>
        new(match.Text, orientation, DateResolver.Resolve(match.Expression, AsOf.Value, orientation), DateResolver.DependsOnAsOf(match.Expression));
}
