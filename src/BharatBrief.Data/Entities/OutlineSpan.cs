namespace BharatBrief.Data.Entities;

/// <summary>A range of characters in <see cref="Article.Body"/>.</summary>
public sealed record OutlineSpan(int Start, int Length);
