namespace BharatBrief.Data.Search;

/// <summary>Whom an article is to be credited to, as a news site cites it: "The Hindu, 5 October 2018", linking to the original.</summary>
/// <param name="Outlet">The publication, or the source an editor named for a brief; null when its metadata gave none.</param>
/// <param name="Author">Who wrote it, when known.</param>
/// <param name="PublishedOn">The published date, ISO at its precision, when known.</param>
/// <param name="Url">The original's absolute http or https address, when known.</param>
/// <param name="IsBrief">True for an editor's brief.</param>
public sealed record ArticleAttribution(string? Outlet, string? Author, string? PublishedOn, string? Url, bool IsBrief)
{
    /// <summary>True when nothing of the original is known beyond what the article says.</summary>
    public bool IsEmpty => Outlet is null && Author is null && PublishedOn is null && Url is null;
}
