namespace BharatBrief.Ingestion.Dates.Parsing;

internal enum TokenKind : byte
{
    Word,
    Number,
    Symbol,
}
