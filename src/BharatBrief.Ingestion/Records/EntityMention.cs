using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Records;

/// <summary>A person, place, venue, organisation or forum named in the text, by its gazetteer name.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Name">The gazetteer's canonical name ("Narendra Modi" for "PM Modi").</param>
/// <param name="SentenceIndex">The sentence it is named in.</param>
/// <param name="Span">The words that name it, in the article text.</param>
public sealed record EntityMention(EntityKind Kind, string Name, int SentenceIndex, TextSpan Span);
