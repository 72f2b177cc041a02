namespace BharatBrief.Web.Components.Pages.Articles;

/// <summary>
/// One sentence of the body with its anchor index. Its text is split into cells where the article's table uses
/// <c>|</c>; a sentence outside a table has one cell.
/// </summary>
/// <param name="Index">The sentence's index in the outline: the page gives it the id <c>s-{Index}</c>.</param>
/// <param name="Cells">The sentence's segments, cell by cell.</param>
/// <param name="Facts">Summits this sentence is the first evidence of in the article, shown as links after it.</param>
/// <param name="IsEvidence">True when the sentence is evidence of a summit, an agreement or a figure.</param>
public sealed record BodySentence(int Index, IReadOnlyList<IReadOnlyList<BodySegment>> Cells, IReadOnlyList<FactLink> Facts, bool IsEvidence);
