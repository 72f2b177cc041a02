namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>The tokens of one text, with the questions the date rules ask about them.</summary>
internal readonly struct TokenStream
{
    private readonly Token[] _tokens;

    public TokenStream(string text, Token[] tokens, int count)
    {
        Text = text;
        _tokens = tokens;
        Count = count;
    }

    public string Text { get; }

    public int Count { get; }

    public Token this[int index] => _tokens[index];

    public bool Is(int index, Lexeme lexeme) => index >= 0 && index < Count && _tokens[index].Lexeme == lexeme;

    public bool IsNumber(int index) => index >= 0 && index < Count && _tokens[index].Kind == TokenKind.Number;

    public bool IsWord(int index) => index >= 0 && index < Count && _tokens[index].Kind == TokenKind.Word;

    public bool IsSymbol(int index, char symbol) =>
        index >= 0 && index < Count && _tokens[index].Kind == TokenKind.Symbol && _tokens[index].Value == symbol;

    public bool IsDash(int index) =>
        index >= 0 && index < Count && _tokens[index].Kind == TokenKind.Symbol && IsDashCharacter((char)_tokens[index].Value);

    /// <summary>True when nothing separates the token from the one before it ("S-400": "-" and "400" are glued).</summary>
    public bool IsGlued(int index) => index > 0 && index < Count && _tokens[index].Start == _tokens[index - 1].End;

    public bool IsMonth(int index) => Is(index, Lexeme.Month) || Is(index, Lexeme.MonthAbbreviation);

    /// <summary>True after "Modi’s": a possessive can stand for "the" before a month ("Modi’s July visit").</summary>
    public bool FollowsPossessive(int index) =>
        IsGlued(index - 1) && IsGlued(index - 2) && IsWord(index - 3) && (IsSymbol(index - 2, '\'') || IsSymbol(index - 2, '’'))
        && Text.AsSpan(_tokens[index - 1].Start, _tokens[index - 1].End - _tokens[index - 1].Start) is "s";

    public ReadOnlySpan<char> TextOf(int index) => Text.AsSpan(_tokens[index].Start, _tokens[index].End - _tokens[index].Start);

    private static bool IsDashCharacter(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';
}
