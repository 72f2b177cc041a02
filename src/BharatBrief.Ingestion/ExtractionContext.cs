using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion;

/// <summary>The working state of one article as it passes through the extractors.</summary>
public sealed class ExtractionContext
{
    private readonly List<DateMatch>[] _datesBySentence;
    private readonly List<EntityMention>[] _entitiesBySentence;

    public ExtractionContext(ArticleDocument document, Gazetteer gazetteer, PartialDate? publishedOn)
    {
        Document = document;
        Gazetteer = gazetteer;
        PublishedOn = publishedOn;
        _datesBySentence = new List<DateMatch>[document.Sentences.Count];
        _entitiesBySentence = new List<EntityMention>[document.Sentences.Count];
        for (var i = 0; i < document.Sentences.Count; i++)
        {
            _datesBySentence[i] = [];
            _entitiesBySentence[i] = [];
        }
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

    /// <summary>Date phrases of a sentence; their spans are positions in the sentence's <see cref="DocumentSentence.Text"/>.</summary>
    public IReadOnlyList<DateMatch> DatesIn(int sentenceIndex) => _datesBySentence[sentenceIndex];

    /// <summary>Gazetteer entities named in a sentence, in the order of the text.</summary>
    public IReadOnlyList<EntityMention> EntitiesIn(int sentenceIndex) => _entitiesBySentence[sentenceIndex];

    public void AddDate(int sentenceIndex, DateMatch match) => _datesBySentence[sentenceIndex].Add(match);

    public void AddEntity(EntityMention entity)
    {
        Entities.Add(entity);
        _entitiesBySentence[entity.SentenceIndex].Add(entity);
    }

    /// <summary>Reads a date phrase against the article's as-of date.</summary>
    public MentionDate ResolveDate(DateMatch match, TimeOrientation orientation) =>
        new(match.Text, orientation, DateResolver.Resolve(match.Expression, AsOf.Value, orientation), DateResolver.DependsOnAsOf(match.Expression));
}
