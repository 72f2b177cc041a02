namespace BharatBrief.Ingestion.Text;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
}
