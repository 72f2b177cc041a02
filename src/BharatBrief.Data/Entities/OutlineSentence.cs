using System.Text.Json.Serialization;
using BharatBrief.Data.Storage;

namespace BharatBrief.Data.Entities;

/// <summary>One sentence of an article's outline: the block it belongs to and where it sits in <see cref="Article.Body"/>.</summary>
[JsonConverter(typeof(OutlineSentenceJsonConverter))]
public sealed record OutlineSentence(int Block, int Start, int Length);
