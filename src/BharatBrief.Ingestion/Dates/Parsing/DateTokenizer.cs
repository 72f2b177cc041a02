namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>Splits text into words, digit runs and single symbols in one pass, classifying words as it goes.</summary>
internal static class DateTokenizer
{
    /// <summary>Writes the tokens of <paramref name="text"/> into <paramref name="tokens"/> (at least text length + 1 long) and returns their count.</summary>
    public static int Tokenize(string text, Token[] tokens)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                tokens[count++] = ReadNumber(text, i);
                i = tokens[count - 1].End;
            }
            else if (char.IsLetter(c))
            {
                tokens[count++] = ReadWord(text, i);
                i = tokens[count - 1].End;
            }
            else
            {
                // "4 & 5 December": an ampersand joins as "and" does.
                tokens[count++] = new Token(i, i + 1, TokenKind.Symbol, c == '&' ? Lexeme.And : Lexeme.None, c);
                i++;
            }
        }
        return count;
    }

    private static Token ReadNumber(string text, int start)
    {
        var end = start;
        var value = 0;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            // Runs too long for any date keep a value no rule accepts.
            value = end - start < 9 ? value * 10 + (text[end] - '0') : int.MaxValue;
            end++;
        }
        var digits = end - start;
        var (suffix, suffixEnd) = ReadSuffix(text, end, value);
        return new Token(start, suffixEnd, TokenKind.Number, Value: value, Digits: digits, Suffix: suffix);
    }

    private static (NumberSuffix Suffix, int End) ReadSuffix(string text, int end, int value)
    {
        var letters = end;
        while (letters < text.Length && char.IsAsciiLetter(text[letters]))
        {
            letters++;
        }
        var suffix = text.AsSpan(end, letters - end);
        if (suffix.Length == 2 && (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)))
        {
            return (NumberSuffix.Ordinal, letters);
        }
        if (suffix is "s")
        {
            return (NumberSuffix.Plural, letters);
        }
        var apostropheS = suffix.Length == 0 && end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's'
            && (end + 2 == text.Length || !char.IsLetter(text[end + 2]));
        return apostropheS && value % 10 == 0 ? (NumberSuffix.Possessive, end + 2) : (NumberSuffix.None, end);
    }

    private static Token ReadWord(string text, int start)
    {
        var end = start;
        var upper = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            if (char.IsUpper(text[end]))
            {
                upper++;
            }
            end++;
        }
        var word = text.AsSpan(start, end - start);
        var (lexeme, value) = Vocabulary.Find(word);
        var titleOrUpper = char.IsUpper(word[0]) && (upper == 1 || upper == word.Length);
        var caseFits = lexeme is Lexeme.Month or Lexeme.MonthAbbreviation or Lexeme.Weekday or Lexeme.WeekdayAbbreviation
            ? titleOrUpper
            : upper == 0 || titleOrUpper;
        if (!caseFits && lexeme == Lexeme.Month && upper == 0)
        {
            return new Token(start, end, TokenKind.Word, Lexeme.LowerMonth, value);
        }
        return caseFits
            ? new Token(start, end, TokenKind.Word, lexeme, value)
            : new Token(start, end, TokenKind.Word);
    }
}
