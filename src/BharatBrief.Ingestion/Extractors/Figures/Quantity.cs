namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>A number as written, scale applied ("5.4 bn" is 5,400,000,000), and the tokens it covers.</summary>
/// <param name="Value">The number with its scale applied.</param>
/// <param name="Start">Its first token.</param>
/// <param name="End">The token after it.</param>
/// <param name="Spelled">True for a number written in words ("two").</param>
/// <param name="Scale">The scale written after it (1 when none), which a range's low end may share: "$5–6 billion".</param>
internal readonly record struct Quantity(decimal Value, int Start, int End, bool Spelled, decimal Scale)
{
    public bool HasScale => Scale != 1;
}
