using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Records;

/// <summary>The words of an article that support an extracted fact.</summary>
/// <param name="SentenceIndex">The sentence, by its index in the article's <see cref="ArticleDocument.Sentences"/>.</param>
/// <param name="Span">The characters of the sentence in the article text.</param>
/// <param name="Quote">The sentence as a reader would quote it.</param>
public sealed record Evidence(int SentenceIndex, TextSpan Span, string Quote)
{
    public static Evidence Of(DocumentSentence sentence) => new(sentence.Index, sentence.Span, sentence.Text);
}
