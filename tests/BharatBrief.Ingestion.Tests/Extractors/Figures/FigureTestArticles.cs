using System.Text;
using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Tests.Extractors.Figures;

/// <summary>Extraction contexts made of one paragraph per sentence, without the real segmenter.</summary>
internal static class FigureTestArticles
{
    public static ExtractionContext FromSentences(params string[] sentences)
    {
        var text = new StringBuilder();
        var blocks = new List<DocumentBlock>();
        var documentSentences = new List<DocumentSentence>();
        foreach (var sentence in sentences)
        {
            var span = new TextSpan(text.Length, sentence.Length);
            blocks.Add(new DocumentBlock(blocks.Count, BlockKind.Paragraph, span, sentence, -1));
            documentSentences.Add(new DocumentSentence(documentSentences.Count, blocks.Count - 1, span, sentence));
            text.Append(sentence).Append("\n\n");
        }
        var document = new ArticleDocument(
            text.ToString(), sentences.FirstOrDefault() ?? "", true, sentences.FirstOrDefault(), null, blocks, documentSentences, [], [], [], FrontMatter.Empty);
        return new ExtractionContext(document, Gazetteer.Default, null);
    }

    public static IReadOnlyList<FigureMention> Figures(params string[] sentences)
    {
        var context = FromSentences(sentences);
        new Ingestion.Extractors.Figures.FigureExtractor().Extract(context);
        return context.Figures;
    }
}
