namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>Tokens <see cref="Start"/> up to, not including, <see cref="End"/>.</summary>
internal readonly record struct TokenRange(int Start, int End)
{
    public static readonly TokenRange None = new(0, 0);

    public bool IsEmpty => End <= Start;
}
