using System.Text.Json.Serialization;
using BharatBrief.Data.Storage;

namespace BharatBrief.Data.Entities;

/// <summary>A person, place, venue, organisation or forum named in an article, kept so pages can highlight it (stored as a compact array).</summary>
/// <param name="Kind">"person", "place", "venue", "organization" or "forum".</param>
/// <param name="Name">The gazetteer's canonical name.</param>
/// <param name="Sentence">The sentence it is named in.</param>
/// <param name="Start">Where the words that name it start in <see cref="Article.Body"/>.</param>
/// <param name="Length">Their length in characters.</param>
[JsonConverter(typeof(StoredEntityJsonConverter))]
public sealed record StoredEntity(string Kind, string Name, int Sentence, int Start, int Length);
