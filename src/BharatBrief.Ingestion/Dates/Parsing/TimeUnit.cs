namespace BharatBrief.Ingestion.Dates.Parsing;

internal enum TimeUnit
{
    Year = 1,
    Month,
    Week,
    Day,
}
