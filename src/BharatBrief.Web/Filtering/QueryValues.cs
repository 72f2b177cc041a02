using System.Globalization;
using BharatBrief.Ingestion.Extractors.Themes;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Web.Filtering;

/// <summary>
/// Reads query-string values as the pages bind them (plain strings, so no value can fail binding): garbage, wrong
/// types, huge numbers and unknown slugs become a <see cref="QueryProblems"/> entry and are ignored, never an exception.
/// </summary>
public static class QueryValues
{
    public const int MaxPage = 10_000;

    public const int MaxTextLength = 100;

    public static int? Year(string? value, string parameter, QueryProblems problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999)
        {
            return year;
        }
        problems.Add(parameter, $"'{Shorten(value)}' is not a year; give four digits, such as 2024.");
        return null;
    }

    public static int Page(string? value, QueryProblems problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 1;
        }
        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= MaxPage)
        {
            return page;
        }
        problems.Add("page", $"'{Shorten(value)}' is not a page number between 1 and {MaxPage}.");
        return 1;
    }

    public static SummitKind? SummitKind(string? value, QueryProblems problems) =>
        Slug<SummitKind>(value, "kind", problems, Slugs.TryParse, Enum.GetValues<SummitKind>().Select(kind => kind.ToSlug()));

    public static SummitStatus? SummitStatus(string? value, QueryProblems problems) =>
        Slug<SummitStatus>(value, "status", problems, Slugs.TryParse, Enum.GetValues<SummitStatus>().Select(status => status.ToSlug()));

    public static AgreementKind? AgreementKind(string? value, QueryProblems problems) =>
        Slug<AgreementKind>(value, "kind", problems, Slugs.TryParse, Enum.GetValues<AgreementKind>().Select(kind => kind.ToSlug()));

    public static AgreementStatus? AgreementStatus(string? value, QueryProblems problems) =>
        Slug<AgreementStatus>(value, "status", problems, Slugs.TryParse, Enum.GetValues<AgreementStatus>().Select(status => status.ToSlug()));

    public static string? Theme(string? value, QueryProblems problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (ThemeTaxonomy.Find(value.Trim().ToLowerInvariant()) is { } theme)
        {
            return theme.Slug;
        }
        problems.Add("theme", $"'{Shorten(value)}' is not a theme; choose one of: {string.Join(", ", ThemeTaxonomy.All.Select(t => t.Slug))}.");
        return null;
    }

    /// <summary>Free text such as a city: trimmed; too long a value is a problem.</summary>
    public static string? Text(string? value, string parameter, QueryProblems problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (value.Length > MaxTextLength)
        {
            problems.Add(parameter, $"The {parameter} given is longer than {MaxTextLength} characters.");
            return null;
        }
        return value.Trim();
    }

    /// <summary>One of a fixed set of words (sort keys, directions); anything else is a problem.</summary>
    public static string? OneOf(string? value, string parameter, IReadOnlyList<string> allowed, QueryProblems problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var word = value.Trim().ToLowerInvariant();
        if (allowed.Contains(word))
        {
            return word;
        }
        problems.Add(parameter, $"'{Shorten(value)}' is not one of: {string.Join(", ", allowed)}.");
        return null;
    }

    /// <summary>Quoted back to the reader, a value is cut short: a 5,000-character parameter is not repeated whole.</summary>
    public static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private delegate bool TryParseSlug<T>(string? slug, out T value);

    private static T? Slug<T>(string? value, string parameter, QueryProblems problems, TryParseSlug<T> parse, IEnumerable<string> allowed)
        where T : struct
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (parse(value.Trim(), out var parsed))
        {
            return parsed;
        }
        problems.Add(parameter, $"'{Shorten(value)}' is not a {parameter}; choose one of: {string.Join(", ", allowed)}.");
        return null;
    }
}
