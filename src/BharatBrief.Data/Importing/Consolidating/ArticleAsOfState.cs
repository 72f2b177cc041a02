namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>An article's own and effective as-of dates, as stored.</summary>
internal sealed record ArticleAsOfState(int Id, string? AsOf, string AsOfBasis, string? OwnAsOf, string OwnAsOfBasis, bool OwnAsOfIsLowerBound);
