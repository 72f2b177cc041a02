namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>A word, a run of digits or one other character; whitespace is not a token.</summary>
/// <param name="Start">Index of the first character in the text.</param>
/// <param name="End">Index after the last character, suffix included ("4th", "1960s").</param>
/// <param name="Value">The vocabulary value of a word, the number of a number, the character of a symbol.</param>
/// <param name="Digits">How many digits a number has (0 for other tokens).</param>
internal readonly record struct Token(
    int Start,
    int End,
    TokenKind Kind,
    Lexeme Lexeme = Lexeme.None,
    int Value = 0,
    int Digits = 0,
    NumberSuffix Suffix = NumberSuffix.None);
