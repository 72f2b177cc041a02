using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Gazetteers;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>
/// Reads fact-box rows about the article's main meeting: "Visit Dates | December 4–5", "Venue | Hyderabad House",
/// "Leaders | Vladimir Putin &amp; Narendra Modi".
/// </summary>
internal static class FactBoxReader
{
    public static bool IsFactRow(ExtractionContext context, int sentenceIndex, SummitLexicon lexicon) =>
        FieldOf(context, sentenceIndex, lexicon) is not null;

    public static void AddTo(ArticleEvent main, ExtractionContext context, int sentenceIndex, SummitLexicon lexicon)
    {
        var field = FieldOf(context, sentenceIndex, lexicon);
        var mention = new SentenceMention { SentenceIndex = sentenceIndex, TriggerToken = 0, Kind = main.Kind };
        var names = context.NamesIn(sentenceIndex);
        switch (field)
        {
            case "dates":
                mention.Date = context.DatesIn(sentenceIndex).FirstOrDefault();
                mention.DateOrientation = main.HasStatus(MentionStatus.Planned) ? TimeOrientation.Future : TimeOrientation.Unknown;
                break;
            case "place":
                mention.Venue = names.Select(name => name.Value).OfType<Venue>().FirstOrDefault();
                mention.City = names.Select(name => name.Value).OfType<City>().FirstOrDefault();
                break;
            case "participants":
                mention.Participants.UnionWith(names.Select(name => name.Value).OfType<Person>().Where(person => person.IsHead));
                break;
        }
        if (mention.HasFeatures || mention.Participants.Count > 0)
        {
            main.Add(mention);
        }
    }

    private static string? FieldOf(ExtractionContext context, int sentenceIndex, SummitLexicon lexicon)
    {
        var fact = FactOf(context.Document.Facts, sentenceIndex);
        return fact is not null && lexicon.FactKeys.TryGetValue(fact.Key.Trim(), out var field) ? field : null;
    }

    private static KeyValueFact? FactOf(IReadOnlyList<KeyValueFact> facts, int sentenceIndex)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i].SentenceIndex == sentenceIndex)
            {
                return facts[i];
            }
        }
        return null;
    }
}
