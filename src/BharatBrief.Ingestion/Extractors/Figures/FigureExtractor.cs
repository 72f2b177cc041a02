using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>
/// Finds the numeric claims of an article: money, shares, counts of things and spans of time, each with the phrase
/// it measures, its value written for comparison ("65 billion USD", "60–70%", "77 years") and the date its sentence
/// gives. Years, dates, ordinals, model names, labels, phone numbers and list numbering are not figures.
/// </summary>
public sealed class FigureExtractor : IArticleExtractor
{
    private readonly FigureVocabulary _vocabulary;

    public FigureExtractor()
        : this(FigureVocabulary.Default)
    {
    }

    internal FigureExtractor(FigureVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
    }

    public void Extract(ExtractionContext context)
    {
        var names = new ArticleNames(context);
        var seen = new HashSet<(FigureKind, string, string)>();
        foreach (var sentence in context.Sentences)
        {
            if (!FigureReader.MayHoldFigure(sentence.Text, _vocabulary))
            {
                continue;
            }
            var tokens = new FigureSentence(sentence.Text, _vocabulary, context.DatesIn(sentence.Index));
            foreach (var figure in FigureReader.Read(tokens))
            {
                var mention = ToMention(context, sentence, tokens, figure, names);
                if (seen.Add((mention.Kind, mention.Value, mention.What)))
                {
                    context.Figures.Add(mention);
                }
            }
        }
    }

    private static FigureMention ToMention(ExtractionContext context, DocumentSentence sentence, FigureSentence tokens, FigureCandidate figure, ArticleNames names)
    {
        var what = figure.What.IsEmpty ? "" : PhraseText.Render(tokens, figure.What, names.IsName);
        return new FigureMention(
            figure.Kind,
            what.Length > 0 ? what : DefaultWhat(figure),
            FigureValues.Describe(figure),
            figure.Amount,
            figure.AmountHigh,
            figure.Unit,
            FigureDates.For(context, sentence.Index, tokens[figure.Tokens.Start].Start, tokens[figure.Tokens.End - 1].End),
            Evidence.Of(sentence));
    }

    private static string DefaultWhat(FigureCandidate figure) => figure.Kind switch
    {
        FigureKind.Money => "amount",
        FigureKind.Percentage => "share",
        FigureKind.Duration => "duration",
        _ => figure.Unit,
    };
}
