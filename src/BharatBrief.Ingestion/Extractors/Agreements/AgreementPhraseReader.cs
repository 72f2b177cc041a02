using System.Text;
using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Agreements;

/// <summary>
/// Reads agreement names around agreement nouns: the modifiers before the noun ("the S-400 missile deal"), an acronym
/// in parentheses ("… Support (RELOS) agreement"), and a complement after it ("an agreement for the mobility of
/// skilled workers"). Names that single nothing out ("key agreements", "fresh agreements on energy") are marked unspecific.
/// </summary>
internal sealed class AgreementPhraseReader(AgreementLexicon lexicon)
{
    private const int MaxModifiers = 10;
    private const int MaxComplement = 14;

    // Reused for every name of the article: the reader lives for one article
    private readonly StringBuilder _name = new();

    /// <param name="dates">The sentence's date phrases, which end a name ("a deal for S-400 systems on Friday").</param>
    public List<AgreementPhrase> Read(TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names, IReadOnlyList<DateMatch> dates)
    {
        var phrases = new List<AgreementPhrase>();
        foreach (var noun in lexicon.Nouns.FindAll(tokens))
        {
            if ((tokens.Is(noun.First - 1, "to") && tokens.Is(noun.Last + 1, "with")) // "to deal with"
                || IsInsideAny(phrases, noun.First, noun.Last))
            {
                continue;
            }
            var aliases = new List<string>();
            var (first, statusInName) = ExtendLeft(tokens, noun.First, aliases);
            var last = ExtendRight(tokens, names, noun.Last, aliases, dates, out var complementFirst);
            var name = NameText(tokens, first, last, ProperNameOnly(tokens, first, noun.First) ? noun.First : -1);
            var plural = IsPlural(tokens, noun.Last);
            var specific = IsSpecific(tokens, names, first, noun.First, complementFirst, last, aliases, plural, noun.Value);
            phrases.Add(new AgreementPhrase(first, last, name, aliases, noun.Value, specific, statusInName));
        }
        return phrases;
    }

    private static bool IsInsideAny(List<AgreementPhrase> phrases, int first, int last)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.First <= first && last <= phrase.Last)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsDateToken(TokenizedText tokens, IReadOnlyList<DateMatch> dates, int index)
    {
        var token = tokens[index];
        foreach (var date in dates)
        {
            if (token.Start >= date.Span.Start && token.End <= date.Span.End)
            {
                return true;
            }
        }
        return false;
    }

    private (int First, AgreementStatus? Status) ExtendLeft(TokenizedText tokens, int nounFirst, List<string> aliases)
    {
        var i = nounFirst - 1;
        if (i >= 2 && tokens.IsPunctuation(i, ')') && tokens.IsAcronym(i - 1) && tokens.IsPunctuation(i - 2, '('))
        {
            aliases.Add(tokens.TextOf(i - 1));
            i -= 3;
        }
        var first = nounFirst;
        while (i >= 0 && nounFirst - i <= MaxModifiers)
        {
            if (CueEndingAt(tokens, i) is { } cue)
            {
                return (first, cue);
            }
            if (tokens[i].Kind == TokenKind.Punctuation)
            {
                if (!(tokens.IsPunctuation(i, '-') && tokens.IsJoinedToPrevious(i) && tokens.IsJoinedToPrevious(i + 1)))
                {
                    break;
                }
            }
            else if (!IsModifier(tokens, i, first))
            {
                break;
            }
            first = i;
            i--;
        }
        while (first < nounFirst && tokens.IsPunctuation(first, '-'))
        {
            first++;
        }
        return (first, null);
    }

    private bool IsModifier(TokenizedText tokens, int i, int first)
    {
        var word = tokens.SpanOf(i);
        if (tokens.IsIn(i, lexicon.StopBefore))
        {
            // "Reciprocal Exchange of Logistic Support", "Larsen & Toubro": small words inside a proper name.
            return word is "of" or "and" && tokens.IsCapitalized(i - 1) && tokens.IsCapitalized(first);
        }
        if (tokens.Is(i, "s") && tokens.IsPunctuation(i - 1, '\''))
        {
            return false;
        }
        if (tokens[i].Kind == TokenKind.Number)
        {
            // "S-400": a number joined by a hyphen to a model letter is part of the name; "$5 billion" is not.
            return tokens.IsPunctuation(i - 1, '-') && tokens.IsJoinedToPrevious(i) && tokens.IsCapitalized(i - 2);
        }
        return !word.Equals("billion", StringComparison.OrdinalIgnoreCase) && !word.Equals("million", StringComparison.OrdinalIgnoreCase)
            && !word.Equals("USD", StringComparison.Ordinal);
    }

    private AgreementStatus? CueEndingAt(TokenizedText tokens, int index)
    {
        for (var start = Math.Max(0, index - 2); start <= index; start++)
        {
            if (lexicon.CuesBefore.MatchAt(tokens, start) is { } match && match.Last == index)
            {
                return match.Value;
            }
        }
        return null;
    }

    private int ExtendRight(TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names, int nounLast, List<string> aliases, IReadOnlyList<DateMatch> dates, out int complementFirst)
    {
        var last = nounLast;
        var j = nounLast + 1;
        complementFirst = -1;
        if (j + 2 < tokens.Count && tokens.IsPunctuation(j, '(') && tokens.IsAcronym(j + 1) && tokens.IsPunctuation(j + 2, ')'))
        {
            aliases.Add(tokens.TextOf(j + 1));
            last = j + 2;
            j += 3;
        }
        if (j >= tokens.Count || !tokens.IsIn(j, lexicon.ComplementPrepositions))
        {
            return last;
        }
        complementFirst = j;
        var between = tokens.Is(j, "between");
        var properName = IsProperNameComplement(tokens, j);
        var end = j;
        for (var k = j + 1; k < tokens.Count && k - j <= MaxComplement; k++)
        {
            if (IsDateToken(tokens, dates, k))
            {
                break;
            }
            // "the Agreement on Cooperation in Satellite Navigation at the summit": a capitalised name ends at the first lower-case word of the sentence.
            if (properName && tokens[k].IsWord && !tokens.IsCapitalized(k) && !tokens.IsIn(k, ProperNameJoiners))
            {
                break;
            }
            // "… Workers in Moscow": where it was signed, not what it is called.
            if (properName && tokens.IsAny(k, "in", "at") && IsPlaceToken(names, k + 1))
            {
                break;
            }
            if (tokens[k].Kind == TokenKind.Punctuation)
            {
                if (tokens.IsPunctuation(k, '-') && tokens.IsJoinedToPrevious(k) && k + 1 < tokens.Count && tokens.IsJoinedToPrevious(k + 1))
                {
                    continue;
                }
                if (tokens.IsPunctuation(k, '(') && k + 2 < tokens.Count && tokens.IsPunctuation(k + 2, ')'))
                {
                    k += 2;
                    continue;
                }
                // "to $100 billion", "by 20%": amounts belong to the complement.
                if (IsAmountMark(tokens, k))
                {
                    end = k;
                    continue;
                }
                break;
            }
            var word = tokens.SpanOf(k);
            if (tokens.IsIn(k, lexicon.StopAfter))
            {
                // "skilled and semi-skilled", "units 5 and 6": coordination inside the name, not a new clause.
                var numbers = tokens[k - 1].Kind == TokenKind.Number && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Number;
                var coordinates = word.Equals("and", StringComparison.OrdinalIgnoreCase) && (numbers || !LooksLikeVerb(tokens, k + 1));
                if (!coordinates && !(between && word.Equals("and", StringComparison.OrdinalIgnoreCase)))
                {
                    break;
                }
                between = false;
            }
            end = k;
        }
        // A complement cut short by the length limit ends on a content word, not on "in" or "the".
        while (end > j && (tokens.IsIn(end, lexicon.StopBefore) || tokens.IsIn(end, ProperNameJoiners) || tokens[end].Kind == TokenKind.Punctuation))
        {
            end--;
        }
        return end > j ? end : last;
    }

    private static readonly HashSet<string> ProperNameJoiners = new(StringComparer.Ordinal)
    {
        "of", "and", "in", "on", "for", "the", "to", "with", "between", "a", "an", "from", "into", "against", "by", "under", "&",
    };

    /// <summary>"on Cooperation in …", "for the Lease of …": a complement whose first content word is capitalised is part of a proper name.</summary>
    private static bool IsProperNameComplement(TokenizedText tokens, int preposition)
    {
        var k = preposition + 1;
        while (k < tokens.Count && tokens.IsAny(k, "the", "a", "an"))
        {
            k++;
        }
        return k < tokens.Count && tokens[k].IsWord && tokens.IsCapitalized(k) && tokens.IsCapitalized(preposition - 1);
    }

    private static bool IsAmountMark(TokenizedText tokens, int index)
    {
        var c = tokens.Text[tokens[index].Start];
        return c is '$' or '€' or '£' or '₹' or '%' || (c == '.' && index + 1 < tokens.Count && tokens[index + 1].Kind == TokenKind.Number && !tokens[index + 1].SpaceBefore);
    }

    private bool LooksLikeVerb(TokenizedText tokens, int index)
    {
        if (index >= tokens.Count || !tokens[index].IsWord)
        {
            return true;
        }
        return tokens.SpanOf(index).EndsWith("ing", StringComparison.Ordinal) || tokens.IsIn(index, lexicon.StopAfter) || lexicon.CuesBefore.MatchAt(tokens, index) is not null;
    }

    /// <summary>
    /// "the Reciprocal Exchange of Logistic Support (RELOS) agreement" is named "Reciprocal Exchange of Logistic
    /// Support": a capitalised name before a lower-case noun is the whole name.
    /// </summary>
    private static bool ProperNameOnly(TokenizedText tokens, int first, int nounFirst)
    {
        if (tokens.IsCapitalized(nounFirst))
        {
            return false;
        }
        var words = 0;
        for (var i = first; i < nounFirst; i++)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }
            if (!tokens.IsCapitalized(i) && !tokens.IsAny(i, "of", "and"))
            {
                return false;
            }
            words++;
        }
        return words >= 2;
    }

    private string NameText(TokenizedText tokens, int first, int last, int cutAt)
    {
        if (cutAt > first)
        {
            last = cutAt - 1;
            if (last - 2 > first && tokens.IsPunctuation(last, ')') && tokens.IsPunctuation(last - 2, '('))
            {
                last -= 3;
            }
            while (last > first && tokens[last].Kind == TokenKind.Punctuation)
            {
                last--;
            }
        }
        // Acronyms in parentheses are aliases, not part of the name.
        var name = _name.Clear();
        for (var i = first; i <= last; i++)
        {
            if (tokens.IsPunctuation(i, '(') && i + 2 <= last && tokens.IsPunctuation(i + 2, ')'))
            {
                i += 2;
                continue;
            }
            if (name.Length > 0 && tokens[i].SpaceBefore)
            {
                name.Append(' ');
            }
            name.Append(tokens.SpanOf(i));
        }
        if (name.Length == 0)
        {
            return string.Empty;
        }
        name[0] = char.ToUpperInvariant(name[0]);
        return name.ToString();
    }

    private static bool IsPlaceToken(IReadOnlyList<PhraseMatch<Named>> names, int index)
    {
        foreach (var name in names)
        {
            if (name.First == index && name.Value is City or Venue or Country)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsCountryToken(IReadOnlyList<PhraseMatch<Named>> names, int index) =>
        NameCovering(names, index).Value is Country or CountryAdjective;

    /// <summary>The first name whose tokens include <paramref name="index"/>, or the default match (no value) when none does.</summary>
    private static PhraseMatch<Named> NameCovering(IReadOnlyList<PhraseMatch<Named>> names, int index)
    {
        foreach (var name in names)
        {
            if (name.First <= index && index <= name.Last)
            {
                return name;
            }
        }
        return default;
    }

    private static bool IsPlural(TokenizedText tokens, int nounLast)
    {
        var word = tokens.SpanOf(nounLast);
        return word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) || word.Equals("memoranda", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsSpecific(TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names, int first, int nounFirst, int complementFirst, int last,
        List<string> aliases, bool plural, AgreementKind kind)
    {
        var proper = aliases.Count > 0;
        var lowerSpecific = false;
        var allCapitalized = true;
        for (var i = first; i < nounFirst; i++)
        {
            if (!tokens[i].IsWord && tokens[i].Kind != TokenKind.Number)
            {
                continue;
            }
            var named = NameCovering(names, i);
            var isCountry = named.Value is Country or CountryAdjective;
            // The first word of a sentence is capitalised whatever it is; there only acronyms and known names count.
            var capitalizedName = tokens.IsCapitalized(i) && !tokens.IsIn(i, lexicon.Generic)
                && (i > 0 || tokens.IsAcronym(i) || named.Value is not null);
            proper |= !isCountry && (capitalizedName || tokens.IsAcronym(i) || tokens[i].Kind == TokenKind.Number);
            lowerSpecific |= tokens.IsIn(i, lexicon.SpecificWords) && !tokens.IsIn(i, lexicon.Generic);
            allCapitalized &= tokens.IsCapitalized(i) || tokens.IsAny(i, "of", "and");
        }
        // A complement singles an agreement out when it names something: "on Arctic shipping", "for nuclear reactors".
        var complement = complementFirst >= 0 && ComplementNamesSomething(tokens, names, complementFirst, last);
        if (kind == AgreementKind.Project)
        {
            return proper && allCapitalized && nounFirst > first;
        }
        return plural ? proper : proper || lowerSpecific || complement;
    }

    private bool ComplementNamesSomething(TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names, int complementFirst, int last)
    {
        for (var i = complementFirst + 1; i <= last && i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Number
                || (tokens[i].IsWord && !tokens.IsIn(i, lexicon.Generic)
                    && (tokens.IsIn(i, lexicon.SpecificWords) || (tokens.IsCapitalized(i) && !IsCountryToken(names, i)))))
            {
                return true;
            }
        }
        return false;
    }
}
