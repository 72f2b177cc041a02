namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>
/// Finds the noun phrase a number is about, without a parser: the words after "of" ("60% of India's military
/// equipment"), the noun a figure modifies ("a $5 billion deal"), or the subject before the verb that carries it
/// ("trade volume surpassed $65 billion").
/// </summary>
internal static class PhraseFinder
{
    private const int MaxWords = 8;
    private const int MaxSkipped = 5;

    /// <summary>The phrase that follows "of", "in" or "for", then one that starts right after the figure, then the one before it.</summary>
    public static TokenRange Around(FigureSentence s, int start, int end)
    {
        if (s.IsWord(end, "of") || s.IsWord(end, "in") || s.IsWord(end, "for"))
        {
            var after = Forward(s, end + 1, skipDeterminers: true);
            // "$2 billion in dirhams" names the currency, not what the money is for.
            if (!after.IsEmpty && !NamesCurrency(s, after.Start))
            {
                return after;
            }
        }
        var following = Forward(s, end, skipDeterminers: false);
        return following.IsEmpty ? Backward(s, start) : following;
    }

    /// <summary>The noun phrase that starts at <paramref name="index"/>.</summary>
    public static TokenRange Forward(FigureSentence s, int index, bool skipDeterminers, int maxWords = MaxWords)
    {
        var k = index;
        while (skipDeterminers && s.IsWordIn(k, s.Vocabulary.Determiners))
        {
            k++;
        }
        var start = k;
        var words = 0;
        while (words < maxWords && s.Has(k))
        {
            var next = ExtentOfPart(s, k);
            if (next == k)
            {
                break;
            }
            k = next;
            words++;
        }
        return new TokenRange(start, k);
    }

    /// <summary>The noun phrase before <paramref name="index"/>, past the verb, prepositions and hedges in between.</summary>
    public static TokenRange Backward(FigureSentence s, int index)
    {
        var k = index - 1;
        for (var skipped = 0; skipped < MaxSkipped && k >= 0; skipped++)
        {
            var hedge = s.MatchesEndingBefore(k + 1, s.Vocabulary.Approximators);
            if (hedge > 0)
            {
                k -= hedge;
            }
            else if (IsSkippable(s, k) || IsAppositiveComma(s, k))
            {
                k--;
            }
            else if (s.IsSymbol(k, ')') && OpeningParenthesis(s, k) is var opening and >= 0)
            {
                // "Trade (2024): $65 billion": an aside between the phrase and its figure.
                k = opening - 1;
            }
            else
            {
                break;
            }
        }
        var end = k + 1;
        var words = 0;
        while (k >= 0 && words < MaxWords)
        {
            var start = StartOfPart(s, k);
            if (start >= 0)
            {
                k = start - 1;
                words++;
            }
            else if (words > 0 && IsInnerLink(s, k) && StartOfPart(s, k - 1) >= 0)
            {
                k--;
            }
            else if (words > 0 && s.IsWordIn(k, s.Vocabulary.Determiners) && IsInnerLink(s, k - 1) && StartOfPart(s, k - 2) >= 0)
            {
                // "trade between the two countries": a determiner after an inner preposition stays in the phrase.
                k -= 2;
            }
            else
            {
                break;
            }
        }
        return new TokenRange(k + 1, end);
    }

    /// <summary>
    /// Where a phrase word starting at <paramref name="k"/> ends; <paramref name="k"/> itself when none starts there.
    /// <paramref name="allowInflected"/> admits participles, as in "skilled workers", where the head noun is known to follow.
    /// </summary>
    public static int ExtentOfPart(FigureSentence s, int k, bool allowInflected = false)
    {
        if (!IsPhraseWord(s, k) && !(allowInflected && IsParticiple(s, k)))
        {
            return k;
        }
        var end = k + 1;
        // Hyphenated words and model names ("semi-skilled", "S-400") are one word of the phrase.
        while (s.IsDash(end) && s.IsJoined(end) && s.IsJoined(end + 1) && s.Has(end + 1) && !s[end + 1].IsSymbol)
        {
            end += 2;
        }
        return end;
    }

    /// <summary>Where the phrase word ending at <paramref name="k"/> starts, or -1 when <paramref name="k"/> ends none.</summary>
    private static int StartOfPart(FigureSentence s, int k)
    {
        var start = k;
        while (s.Has(start) && !s[start].IsSymbol && s.IsJoined(start) && s.IsDash(start - 1) && s.IsJoined(start - 1) && s.Has(start - 2) && !s[start - 2].IsSymbol)
        {
            start -= 2;
        }
        return IsPhraseWord(s, start) ? start : -1;
    }

    private static bool IsPhraseWord(FigureSentence s, int k)
    {
        if (!s.Has(k) || !s[k].IsWord || s.InDate(k))
        {
            return false;
        }
        var word = s.TextOf(k);
        var isLink = s.Vocabulary.FunctionWords.Contains(word) || s.Vocabulary.Verbs.Contains(word);
        // A capitalised word ending in -ed or -ing is a name ("United", "Beijing"), not a verb form.
        return !isLink && (char.IsUpper(word[0]) ? !s.Vocabulary.Months.Contains(word) : !LooksInflected(s, word));
    }

    private static int OpeningParenthesis(FigureSentence s, int closing)
    {
        for (var k = closing - 1; k >= 0; k--)
        {
            if (s.IsSymbol(k, '('))
            {
                return k;
            }
        }
        return -1;
    }

    private static bool NamesCurrency(FigureSentence s, int k)
    {
        foreach (var marker in s.Vocabulary.CurrenciesAfter)
        {
            if (s.Matches(k, marker.Tokens) > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A preposition inside a noun phrase, or "and" between two names ("trade between India and Russia").</summary>
    private static bool IsInnerLink(FigureSentence s, int k) =>
        s.IsWordIn(k, s.Vocabulary.PhraseLinks) || (s.IsWord(k, "and") && s.IsCapitalized(k - 1) && s.IsCapitalized(k + 1));

    private static bool IsParticiple(FigureSentence s, int k) =>
        s.Has(k) && s[k].IsWord && LooksInflected(s, s.TextOf(k)) && !s.Vocabulary.FunctionWords.Contains(s.TextOf(k)) && !s.Vocabulary.Verbs.Contains(s.TextOf(k));

    private static bool IsAppositiveComma(FigureSentence s, int k) => s.IsSymbol(k, ',') && s.IsWordIn(k + 1, s.Vocabulary.AppositiveLeads);

    private static bool IsSkippable(FigureSentence s, int k) =>
        s.Has(k) && (s.IsSymbol(k, ':') || (s[k].IsWord && IsLinkWord(s, s.TextOf(k))));

    private static bool IsLinkWord(FigureSentence s, ReadOnlySpan<char> word) =>
        s.Vocabulary.FunctionWords.Contains(word) || s.Vocabulary.Verbs.Contains(word) || (!char.IsUpper(word[0]) && LooksInflected(s, word));

    /// <summary>Verb forms and adverbs by their ending: "surpassed", "doubling", "sharply".</summary>
    private static bool LooksInflected(FigureSentence s, ReadOnlySpan<char> word) =>
        word.Length > 4 && (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || (word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !s.Vocabulary.NotAdverbs.Contains(word)));
}
