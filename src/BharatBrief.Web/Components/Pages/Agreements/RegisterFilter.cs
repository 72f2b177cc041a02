using BharatBrief.Data.Entities;
using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Filtering;

namespace BharatBrief.Web.Components.Pages.Agreements;

/// <summary>The register's filters and order, as they stand in its URL.</summary>
public sealed record RegisterFilter(string? Theme, AgreementKind? Kind, AgreementStatus? Status, string Sort = "name", bool Descending = false)
{
    public static readonly IReadOnlyList<string> SortKeys = ["name", "kind", "status", "date", "sources"];

    public static RegisterFilter Parse(string? theme, string? kind, string? status, string? sort, string? direction, QueryProblems problems) => new(
        QueryValues.Theme(theme, problems),
        QueryValues.AgreementKind(kind, problems),
        QueryValues.AgreementStatus(status, problems),
        QueryValues.OneOf(sort, "sort", SortKeys, problems) ?? "name",
        QueryValues.OneOf(direction, "dir", ["asc", "desc"], problems) == "desc");

    public bool IsFiltered => Theme is not null || Kind is not null || Status is not null;

    public IQueryable<Agreement> Apply(IQueryable<Agreement> agreements)
    {
        if (Theme is { } theme)
        {
            agreements = agreements.Where(agreement => agreement.Themes.Any(link => link.ThemeSlug == theme));
        }
        if (Kind is { } kind)
        {
            agreements = agreements.Where(agreement => agreement.Kind == kind);
        }
        if (Status is { } status)
        {
            agreements = agreements.Where(agreement => agreement.Status == status);
        }
        return agreements;
    }

    /// <summary>In the chosen order; statuses in lifecycle order, undated last whichever the direction.</summary>
    public IEnumerable<RegisterRow> Order(IEnumerable<RegisterRow> rows)
    {
        var byName = StringComparer.OrdinalIgnoreCase;
        IOrderedEnumerable<RegisterRow> ordered = (Sort, Descending) switch
        {
            ("kind", false) => rows.OrderBy(row => row.Kind),
            ("kind", true) => rows.OrderByDescending(row => row.Kind),
            ("status", false) => rows.OrderBy(row => row.Status),
            ("status", true) => rows.OrderByDescending(row => row.Status),
            ("date", false) => rows.OrderBy(row => row.Date is null).ThenBy(row => row.Date, StringComparer.Ordinal),
            ("date", true) => rows.OrderBy(row => row.Date is null).ThenByDescending(row => row.Date, StringComparer.Ordinal),
            ("sources", false) => rows.OrderBy(row => row.SourceCount),
            ("sources", true) => rows.OrderByDescending(row => row.SourceCount),
            (_, true) => rows.OrderByDescending(row => row.Name, byName),
            _ => rows.OrderBy(row => row.Name, byName),
        };
        return ordered.ThenBy(row => row.Name, byName);
    }

    /// <summary>The filters and order as query parameters, for links that keep them.</summary>
    public IReadOnlyDictionary<string, string?> ToQuery() => new Dictionary<string, string?>
    {
        ["theme"] = Theme,
        ["kind"] = Kind?.ToSlug(),
        ["status"] = Status?.ToSlug(),
        ["sort"] = Sort == "name" ? null : Sort,
        ["dir"] = Descending ? "desc" : null,
    };
}
