namespace BharatBrief.Web.Api.Models;

/// <summary>A date as the API gives it: ISO 8601 at the precision the sources support, and in words.</summary>
/// <param name="Iso">"2024", "2024-07" or "2024-07-08"; a range's start.</param>
/// <param name="End">A range's end, when it has one.</param>
/// <param name="Text">In words: "July 2024", "4–5 December 2025".</param>
public sealed record ApiDate(string Iso, string? End, string Text)
{
    public static ApiDate? From(string? start, string? end = null) =>
        start is null ? null : new ApiDate(start, end, Formatting.DateDisplay.Format(start, end));
}
