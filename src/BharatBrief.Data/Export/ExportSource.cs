namespace BharatBrief.Data.Export;

/// <summary>An article that supports a fact, by slug, and the sentence that does.</summary>
public sealed record ExportSource(string Article, string Quote);
