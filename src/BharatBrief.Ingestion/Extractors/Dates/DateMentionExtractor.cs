using BharatBrief.Ingestion.Dates;

namespace BharatBrief.Ingestion.Extractors.Dates;

/// <summary>Finds the date phrases of every sentence once, so later steps read them from the context.</summary>
public sealed class DateMentionExtractor : IArticleExtractor
{
    public void Extract(ExtractionContext context)
    {
        foreach (var sentence in context.Sentences)
        {
            foreach (var match in DateGrammar.FindAll(sentence.Text))
            {
                // "(Dunn 1996; Melissen 2003)": a reference's year is a work's, not an event's or the article's.
                if (!Citations.Covers(sentence.Text, match.Span.Start, match.Span.End))
                {
                    context.AddDate(sentence.Index, match);
                }
            }
        }
    }
}
