using System.Text.Json.Serialization;
using BharatBrief.Data.Storage;

namespace BharatBrief.Data.Entities;

/// <summary>One block of an article's outline.</summary>
/// <param name="Kind">"title", "lede", "heading", "paragraph", "list-item", "table-row" or "quote".</param>
/// <param name="Start">Where the block starts in <see cref="Article.Body"/>, markup included.</param>
/// <param name="Length">Its length in characters.</param>
/// <param name="Section">Index of the heading block it falls under, or -1 before the first heading.</param>
/// <param name="ListOrdinal">The number of an item of a numbered list, otherwise null.</param>
[JsonConverter(typeof(OutlineBlockJsonConverter))]
public sealed record OutlineBlock(string Kind, int Start, int Length, int Section, int? ListOrdinal);
