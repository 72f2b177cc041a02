using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Agreements;

/// <summary>
/// Trade targets in whatever words: "the goal of raising bilateral trade to $30 billion by 2025", "set the target of
/// $100 billion in annual trade", "agreed to lift trade to 100 billion US dollars by 2030". Each is a commitment named
/// by its amount and year ("Trade target of $100 billion by 2030"), so that every article's wording of one target has
/// one name, and a figure never becomes a name of its own ("target of nearly 10").
/// </summary>
internal static class TradeTargets
{
    private const int Window = 14;
    private const int YearReach = 8;

    private static readonly HashSet<string> TargetNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "target", "targets", "goal", "goals", "aim", "objective", "ambition", "commitment",
    };

    private static readonly HashSet<string> RaiseVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "raise", "raising", "lift", "lifting", "boost", "boosting", "increase", "increasing", "double", "doubling", "take", "taking",
        "bring", "bringing", "push", "pushing", "expand", "expanding",
    };

    private static readonly HashSet<string> TradeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "trade", "turnover", "commerce",
    };

    public static List<AgreementPhrase> Find(TokenizedText tokens)
    {
        var phrases = new List<AgreementPhrase>();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Number || !tokens.IsAny(i + 1, "billion", "bn", "million", "trillion") || !IsMoney(tokens, i))
            {
                continue;
            }
            if (IsStartingLevel(tokens, i))
            {
                continue;
            }
            var last = i + 1;
            while (last + 1 < tokens.Count && tokens.IsAny(last + 1, "US", "USD", "dollars", "dollar"))
            {
                last++;
            }
            var (start, trade) = Start(tokens, i);
            if (start < 0 && TargetNounAfter(tokens, last) is { } noun)
            {
                // "the $30 billion target for 2025", "a $100 billion trade goal": the amount comes before its noun.
                (start, trade) = (AmountFirst(tokens, i), trade || TradeSpokenOf(tokens, noun));
                last = noun;
            }
            if (start < 0)
            {
                continue;
            }
            string? year = null;
            var reach = last + YearReach;
            for (var k = last + 1; k < tokens.Count && k <= reach && !tokens.IsPunctuation(k, '.') && !tokens.IsPunctuation(k, ';'); k++)
            {
                // "$30 billion (around Rs 1.86 lakh crore) by 2025": the same amount in other money is skipped.
                if (tokens.IsPunctuation(k, '(') && ClosingParenthesis(tokens, k) is { } close)
                {
                    reach += close - k + 1;
                    k = close;
                    continue;
                }
                if (tokens.IsAny(k, "by", "until", "till", "for") && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Number && tokens[k + 1].Length == 4)
                {
                    year = tokens.TextOf(k + 1);
                    last = k + 1;
                    break;
                }
            }
            var subject = trade ? "Trade target" : "Target";
            var name = $"{subject} of ${tokens.TextOf(i)} {Unit(tokens, i + 1)}" + (year is null ? string.Empty : $" by {year}");
            string[] aliases = IsTitled(tokens, start, i) ? [tokens.TextOf(start, i + 1)] : [];
            phrases.Add(new AgreementPhrase(start, last, name, aliases, AgreementKind.Commitment, true, null));
            i = last;
        }
        return phrases;
    }

    private static readonly string[] TitleSmallWords = ["to", "of", "the", "and", "in", "for", "by", "on", "USD", "US"];

    private const int MinTitleWords = 3;

    /// <summary>
    /// "the Commitment to Doubling Bilateral Trade to USD 100 Billion": a target written as a document's title, every
    /// word capitalised up to its amount, keeps that title as an alias, for readers and the merge to know it by.
    /// </summary>
    private static bool IsTitled(TokenizedText tokens, int start, int number)
    {
        var capitalised = 0;
        for (var k = start; k < number; k++)
        {
            if (tokens.IsAny(k, TitleSmallWords) || tokens.IsPunctuation(k, '$'))
            {
                continue;
            }
            if (!tokens[k].IsWord || !tokens.IsCapitalized(k))
            {
                return false;
            }
            capitalised++;
        }
        return capitalised >= MinTitleWords;
    }

    private static readonly string[] Approximately = ["about", "around", "nearly", "roughly", "some", "just", "over", "under", "almost", "barely", "USD", "US"];

    /// <summary>
    /// "raising trade to $100 billion by 2030, from about $65 billion last year", "against $68.7 billion in 2024-25",
    /// "up from $65 billion": the level trade starts from is no target.
    /// </summary>
    private static bool IsStartingLevel(TokenizedText tokens, int number)
    {
        var k = number - 1;
        while (k >= 0 && (tokens.IsPunctuation(k, '$') || tokens.IsAny(k, Approximately)))
        {
            k--;
        }
        return k >= 0 && (tokens.IsAny(k, "from", "against", "versus", "vs") || (tokens.Is(k, "with") && tokens.IsAny(k - 1, "compared", "against")));
    }

    /// <summary>The target noun right after an amount, past "annual", "bilateral" or "trade"; null when none.</summary>
    private static int? TargetNounAfter(TokenizedText tokens, int amountLast)
    {
        var k = amountLast + 1;
        while (k < tokens.Count && (tokens.IsIn(k, TradeWords) || tokens.IsAny(k, "annual", "bilateral", "two-way", "-", "way")))
        {
            k++;
        }
        return k < tokens.Count && tokens.IsIn(k, TargetNouns) ? k : null;
    }

    private static bool TradeSpokenOf(TokenizedText tokens, int noun)
    {
        for (var k = 0; k < noun; k++)
        {
            if (tokens.IsIn(k, TradeWords))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first token of an amount: its "$" or "USD", else its number.</summary>
    private static int AmountFirst(TokenizedText tokens, int number) =>
        number > 0 && (tokens.IsPunctuation(number - 1, '$') || tokens.IsAny(number - 1, "USD", "US")) ? number - 1 : number;

    private static int? ClosingParenthesis(TokenizedText tokens, int open)
    {
        for (var k = open + 1; k < tokens.Count && k - open <= YearReach + 4; k++)
        {
            if (tokens.IsPunctuation(k, ')'))
            {
                return k;
            }
        }
        return null;
    }

    private static string Unit(TokenizedText tokens, int index) =>
        tokens.Is(index, "bn") ? "billion" : tokens.TextOf(index).ToLowerInvariant();

    /// <summary>"$30 billion", "USD 30 billion", "100 billion US dollars".</summary>
    private static bool IsMoney(TokenizedText tokens, int number)
    {
        if (number > 0 && (tokens.IsPunctuation(number - 1, '$') || tokens.IsAny(number - 1, "USD", "US")))
        {
            return true;
        }
        return number + 2 < tokens.Count && tokens.IsAny(number + 2, "dollars", "USD", "US");
    }

    /// <summary>
    /// The target noun or raising verb that makes the amount a target, with trade spoken of around it; or a target noun
    /// right before the amount ("a target of nearly $10 billion"), a target of what the article is about; -1 when none.
    /// </summary>
    private static (int Start, bool Trade) Start(TokenizedText tokens, int number)
    {
        var target = -1;
        var trade = false;
        // Trade may be named anywhere before in the sentence ("trade grew …, still far from the goal of $30 billion").
        for (var k = number - 1; k >= 0 && !trade; k--)
        {
            trade |= tokens.IsIn(k, TradeWords);
        }
        // "the goal, agreed two years ago, of $20 billion by 2015", "raising trade from $10 billion now, …, to $30
        // billion": an amount introduced by "of" or "to" completes a target noun or raising verb further back.
        var window = IsCompletion(tokens, number) ? CompletionWindow : Window;
        for (var k = number - 1; k >= 0 && number - k <= window; k--)
        {
            if (tokens.IsPunctuation(k, '.') || tokens.IsPunctuation(k, ';') || tokens.IsPunctuation(k, ':'))
            {
                break;
            }
            if (tokens.IsIn(k, TargetNouns) || (tokens.IsIn(k, RaiseVerbs) && (tokens.IsAny(k - 1, "to", "of") || tokens.SpanOf(k).EndsWith("ing", StringComparison.Ordinal))))
            {
                target = k;
            }
        }
        for (var k = number + 2; k < tokens.Count && k <= number + 6 && !trade; k++)
        {
            trade |= tokens.IsIn(k, TradeWords);
        }
        if (trade)
        {
            return (target, true);
        }
        for (var k = number - 1; k >= 0 && number - k <= DirectReach; k--)
        {
            if (tokens.IsIn(k, TargetNouns) && tokens.Is(k + 1, "of"))
            {
                return (k, false);
            }
        }
        return (-1, false);
    }

    private const int DirectReach = 5;

    private const int CompletionWindow = 30;

    private static bool IsCompletion(TokenizedText tokens, int number)
    {
        var k = number - 1;
        while (k >= 0 && (tokens.IsPunctuation(k, '$') || tokens.IsAny(k, Approximately)))
        {
            k--;
        }
        return k >= 0 && tokens.IsAny(k, "of", "to");
    }
}
