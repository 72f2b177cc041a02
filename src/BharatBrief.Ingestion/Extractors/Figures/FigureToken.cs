namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>A word, a number or a single symbol of a sentence.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Start">Where it starts in the sentence.</param>
/// <param name="Length">How many characters it covers.</param>
/// <param name="Joined">True when no space separates it from the token before ("20bn", "S-400", "60%").</param>
/// <param name="Number">The value of a number token, commas removed.</param>
/// <param name="IsPlainInteger">True for a number written without grouping commas, decimals or a leading zero ("2021").</param>
internal readonly record struct FigureToken(FigureTokenKind Kind, int Start, int Length, bool Joined, decimal Number = 0, bool IsPlainInteger = false)
{
    public int End => Start + Length;

    public bool IsWord => Kind == FigureTokenKind.Word;

    public bool IsNumber => Kind == FigureTokenKind.Number;

    public bool IsSymbol => Kind == FigureTokenKind.Symbol;
}
