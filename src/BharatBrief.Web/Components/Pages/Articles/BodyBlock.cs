namespace BharatBrief.Web.Components.Pages.Articles;

/// <summary>A block of the body as the page renders it: a paragraph, heading, list, quote or table, with its sentences.</summary>
/// <param name="Kind">"lede", "heading", "paragraph", "list", "quote" or "table".</param>
/// <param name="Ordered">For a list: numbered.</param>
/// <param name="Items">For a list or table: the items or rows, each a run of sentences; otherwise one item.</param>
public sealed record BodyBlock(string Kind, bool Ordered, IReadOnlyList<IReadOnlyList<BodySentence>> Items);
