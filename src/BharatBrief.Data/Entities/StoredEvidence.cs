namespace BharatBrief.Data.Entities;

/// <summary>A sentence that supports a fact, stored as JSON beside the fact.</summary>
/// <param name="Sentence">Index of the sentence in the article's outline.</param>
/// <param name="Start">Where the sentence starts in <see cref="Article.Body"/>.</param>
/// <param name="Length">Its length in characters.</param>
/// <param name="Quote">The sentence as a reader would quote it.</param>
public sealed record StoredEvidence(int Sentence, int Start, int Length, string Quote);
