namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>The values of <see cref="Lexeme.Licensor"/> words that do more than license a month name.</summary>
internal static class Licence
{
    public const int Since = 1;
    public const int By = 2;
    public const int Before = 3;
    public const int After = 4;
}
