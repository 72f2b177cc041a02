namespace BharatBrief.Ingestion.Extractors.Themes;

/// <summary>A run of letters or of digits in a text, by position.</summary>
internal readonly record struct WordToken(int Start, int Length)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
}
