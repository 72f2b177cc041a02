namespace BharatBrief.Data.Search;

/// <summary>What search needs to know of one article, summit or agreement without asking the database.</summary>
/// <param name="Slug">Its URL name.</param>
/// <param name="Title">Its title or name.</param>
/// <param name="Year">The year it belongs to (an article's date, a summit's start, an agreement's date); null when unknown.</param>
/// <param name="Themes">Its themes as bits, in the order of <see cref="SearchCatalogSnapshot.ThemeSlugs"/>.</param>
/// <param name="Date">An ISO date at its precision (published or as-of date, start, date reached); null when unknown.</param>
/// <param name="EndDate">A summit's last day, when it lasted several.</param>
/// <param name="Status">The DOMAIN slug of a summit's or agreement's status; null for articles.</param>
/// <param name="Label">The DOMAIN slug of a summit's or agreement's kind; null for articles.</param>
/// <param name="SourceName">An article's file name; null for editors' briefs, summits and agreements. Never shown to readers.</param>
/// <param name="Attribution">An article's outlet, author, published date and original address; null for summits and agreements.</param>
public sealed record CatalogEntry(
    string Slug, string Title, int? Year, int Themes, string? Date, string? EndDate, string? Status, string? Label, string? SourceName = null,
    ArticleAttribution? Attribution = null);
