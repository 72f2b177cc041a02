namespace BharatBrief.Data.Search;

/// <summary>How many results a facet value would leave.</summary>
public sealed record FacetCount<T>(T Value, int Count);
