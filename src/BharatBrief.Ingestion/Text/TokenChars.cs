namespace BharatBrief.Ingestion.Text;

/// <summary>Character classes and the folding that makes typographic variants compare equal.</summary>
public static class TokenChars
{
    /// <summary>Folds dashes to '-' and curly quotes to straight ones, so "Reliance–Rosneft" matches "Reliance-Rosneft".</summary>
    public static char Normalize(char c) => c switch
    {
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u2018' or '\u2019' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
        _ => c,
    };

    public static bool IsWordChar(char c) => char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    public static bool IsDash(char c) => Normalize(c) == '-';
}
