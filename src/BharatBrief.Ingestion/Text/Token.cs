namespace BharatBrief.Ingestion.Text;

/// <summary>A word, number or punctuation mark of a sentence, by position; the text stays in the sentence.</summary>
/// <param name="Start">Offset of the first character in the sentence text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">Word, number or punctuation.</param>
/// <param name="SpaceBefore">True when whitespace separates it from the previous token, so "S-400" (no spaces) differs from "India - Russia".</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind, bool SpaceBefore)
{
    public int End => Start + Length;

    public bool IsWord => Kind == TokenKind.Word;
}
