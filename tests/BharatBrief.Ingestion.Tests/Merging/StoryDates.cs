using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Tests.Merging;

/// <summary>Story dates for merging cases: one the article states, and one only guessed from a dateline without its year.</summary>
internal static class StoryDates
{
    private static readonly string GuessedDateline = $"{AsOfDate.DatelineWithoutAYear}; {AsOfDate.YearInferredFromEvents}";

    public static AsOfDate Stated(int year, int month, int day) => new(PartialDate.OfDay(year, month, day), AsOfDate.Published);

    public static AsOfDate Guessed(int year, int month, int day) => new(PartialDate.OfDay(year, month, day), GuessedDateline);
}
