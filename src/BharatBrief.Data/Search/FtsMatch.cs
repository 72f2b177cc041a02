namespace BharatBrief.Data.Search;

/// <summary>One row an FTS5 index matched, with its score and what the catalog knows of it.</summary>
internal readonly record struct FtsMatch(int Id, double Rank, CatalogEntry Entry);
