namespace BharatBrief.Ingestion.Extractors.Figures;

internal enum FigureTokenKind
{
    Word,
    Number,
    Symbol,
}
