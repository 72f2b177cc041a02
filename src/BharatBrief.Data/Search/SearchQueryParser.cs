using System.Globalization;

namespace BharatBrief.Data.Search;

/// <summary>Reads typed text into terms and operators for <see cref="SearchQuery"/>; see there for the rules.</summary>
internal static class SearchQueryParser
{
    public static SearchQuery Parse(string text)
    {
        var trimmed = text.Trim();
        var endsWord = trimmed.Length > 0 && char.IsWhiteSpace(text[^1]);
        var notes = SearchQueryNotes.None;
        if (trimmed.Length == 0)
        {
            return new SearchQuery("", [], [], SearchQueryNotes.Empty);
        }
        var input = trimmed;
        if (input.Length > SearchQuery.MaxTextLength)
        {
            input = input[..SearchQuery.MaxTextLength];
            notes |= SearchQueryNotes.Shortened;
        }

        var tokens = Tokenize(input, ref notes);
        var (terms, operators) = Combine(tokens, ref notes);
        if (terms.Count == 0)
        {
            notes |= SearchQueryNotes.NoWords;
        }
        else if (terms[^1] is { Quoted: false, Prefix: false, Words: [var last] } && last.Length >= 3 && !endsWord)
        {
            // The last plain word may be unfinished: "Kudank" finds Kudankulam, as a search box that follows typing does.
            // A space after it says the word is finished, and two letters start too many words to be worth it.
            terms[^1] = terms[^1] with { Prefix = true };
        }
        return new SearchQuery(trimmed, terms, operators, notes) { EndsWord = endsWord };
    }

    /// <summary>Terms and operators in the order typed; an operator is null in the term slot and vice versa.</summary>
    private static List<(SearchTerm? Term, string? Operator)> Tokenize(string input, ref SearchQueryNotes notes)
    {
        var tokens = new List<(SearchTerm?, string?)>();
        var i = 0;
        while (i < input.Length)
        {
            var c = input[i];
            if (c == '"')
            {
                var close = input.IndexOf('"', i + 1);
                if (close < 0)
                {
                    close = input.Length;
                    notes |= SearchQueryNotes.QuoteClosed;
                }
                var prefix = close + 1 < input.Length && input[close + 1] == '*';
                var words = Words(input.AsSpan(i + 1, close - i - 1), ref notes);
                // A stray quotation mark before operators ("" AND) quotes nothing a reader meant as words.
                var strayOperators = close == input.Length && words.All(word => word is "and" or "or" or "not");
                if (words.Count > 0 && !strayOperators)
                {
                    tokens.Add((new SearchTerm(words, prefix, Quoted: true), null));
                }
                i = close + 1 + (prefix ? 1 : 0);
                continue;
            }
            if (!IsWordChar(c))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < input.Length && (IsWordChar(input[i]) || (IsJoiner(input[i]) && i + 1 < input.Length && IsWordChar(input[i + 1]))))
            {
                i++;
            }
            var token = input[start..i];
            var isPrefix = i < input.Length && input[i] == '*';
            if (!isPrefix && token is "AND" or "OR" or "NOT")
            {
                tokens.Add((null, token));
                continue;
            }
            tokens.Add((new SearchTerm(Words(token, ref notes), isPrefix, Quoted: false), null));
            i += isPrefix ? 1 : 0;
        }
        return tokens;
    }

    /// <summary>Drops operators that join nothing (and a leading NOT with the term it would exclude), keeps at most <see cref="SearchQuery.MaxTerms"/> terms.</summary>
    private static (List<SearchTerm> Terms, List<string> Operators) Combine(List<(SearchTerm? Term, string? Operator)> tokens, ref SearchQueryNotes notes)
    {
        var terms = new List<SearchTerm>();
        var operators = new List<string>();
        string? pending = null;
        var skipNext = false;
        foreach (var (term, op) in tokens)
        {
            if (op is not null)
            {
                if (terms.Count == 0 || pending is not null)
                {
                    notes |= SearchQueryNotes.OperatorsDropped;
                    // "NOT oil" alone asks for everything but oil, which FTS5 cannot say: the excluded word goes too.
                    skipNext |= terms.Count == 0 && op == "NOT";
                    continue;
                }
                pending = op;
                continue;
            }
            if (skipNext)
            {
                skipNext = false;
                continue;
            }
            if (terms.Count == SearchQuery.MaxTerms)
            {
                notes |= SearchQueryNotes.Shortened;
                break;
            }
            if (terms.Count > 0)
            {
                operators.Add(pending ?? "");
            }
            terms.Add(term!);
            pending = null;
        }
        if (pending is not null)
        {
            notes |= SearchQueryNotes.OperatorsDropped;
        }
        return (terms, operators);
    }

    private static List<string> Words(ReadOnlySpan<char> text, ref SearchQueryNotes notes)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }
            var word = text[start..i];
            if (word.Length > SearchQuery.MaxWordLength)
            {
                word = word[..SearchQuery.MaxWordLength];
                notes |= SearchQueryNotes.Shortened;
            }
            words.Add(word.ToString().ToLowerInvariant());
        }
        return words;
    }

    /// <summary>What the index's unicode61 tokenizer keeps in a token: letters, digits and combining marks (Devanagari vowel signs).</summary>
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Characters that join the parts of one token ("S-400", "U.S.", "India's"), which the index splits into words.</summary>
    private static bool IsJoiner(char c) => c is '-' or '‐' or '–' or '.' or '\'' or '’' or '/' or '_';
}
