using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Agreements;

/// <summary>
/// Reads an agreement's status from the words of its clause. What is said right after the name ("the deal, signed in
/// 2018") describes it; otherwise the nearest act done to it before the name decides, taken at the head of a chain of
/// cues ("agreed to establish" is agreed, "a proposal to expand" is proposed). "Yet to" steps back one stage.
/// </summary>
internal sealed class AgreementStatusReader(AgreementLexicon lexicon)
{
    private const int AfterWindow = 6;
    private const int AsideLength = 14;
    private const int BareGap = 3;
    private const int RelativeReach = 16;

    /// <param name="bare">A name with no agreement noun ("the S-400 squadrons"): a verb before it gives its status only right before it.</param>
    public (AgreementStatus Status, string? Cue)? Read(TokenizedText tokens, int[] clauses, int first, int last, bool bare = false)
    {
        var clause = clauses[Math.Min(first, clauses.Length - 1)];
        // "terms of reference for negotiating a free trade agreement were signed": the name is the object of a gerund,
        // and what follows is said of the head it hangs from.
        if (GoverningGerund(tokens, first) is { } governed)
        {
            return governed;
        }
        if (After(tokens, clauses, last) is { } described)
        {
            return (Negated(tokens, described.Index) ? StepBack(described.Status) : described.Status, tokens.TextOf(described.Index, described.LastIndex));
        }
        (int Index, int LastIndex, AgreementStatus Status)? chosen = null;
        for (var i = 0; i < first; i++)
        {
            if (clauses[i] != clause || lexicon.CuesBefore.MatchAt(tokens, i) is not { } cue)
            {
                continue;
            }
            // A cue that follows the chosen one closely continues its chain; one further on starts a new chain.
            if (chosen is null || cue.First - chosen.Value.LastIndex > 3)
            {
                chosen = (cue.First, cue.Last, cue.Value);
            }
            else if (chosen.Value.Status == AgreementStatus.Agreed && cue.Value == AgreementStatus.UnderNegotiation)
            {
                // "agreed to finalise the FTA", "agreed to sign it": what is agreed is to go on negotiating.
                chosen = (chosen.Value.Index, cue.Last, cue.Value);
            }
            i = cue.Last;
        }
        if (chosen is not { } before || (bare && first - before.LastIndex > BareGap))
        {
            return bare ? null : Parallel(tokens, first);
        }
        return (Negated(tokens, before.Index) ? StepBack(before.Status) : before.Status, tokens.TextOf(before.Index, before.LastIndex));
    }

    private (int Index, int LastIndex, AgreementStatus Status)? After(TokenizedText tokens, int[] clauses, int last)
    {
        // "the Strategic Vision …, signed when Putin visited": a participle right after the name is a reduced relative clause.
        var next = tokens.IsPunctuation(last + 1, ',') ? last + 2 : last + 1;
        if (next < tokens.Count && lexicon.Participles.MatchAt(tokens, next) is { } participle && !tokens.IsAny(participle.Last + 1, "to", "that"))
        {
            return (participle.First, participle.Last, participle.Value);
        }
        if (LabelValue(tokens, last) is { } value)
        {
            return value;
        }
        var relativeClause = false;
        // "an agreement on nuclear power, including six more reactors, is under negotiation": look past one aside.
        // ", and the memorandum on X, which was signed" opens a conjunct, not an aside.
        if (tokens.IsPunctuation(last + 1, ',') && !tokens.IsAny(last + 2, "and", "or", "but") && Enumerable.Range(last + 2, Math.Max(0, Math.Min(AsideLength, tokens.Count - last - 2))).FirstOrDefault(i => tokens.IsPunctuation(i, ',')) is var close and > 0
            && Enumerable.Range(close + 1, 3).Any(i => i < tokens.Count && lexicon.CuesAfter.MatchAt(tokens, i) is not null))
        {
            last = close;
        }
        for (var k = last + 1; k < tokens.Count && k - last <= AfterWindow; k++)
        {
            // "the deal, which was signed in 2018": a relative clause still describes the agreement.
            relativeClause |= tokens.IsAny(k, "which", "that");
            if (tokens.IsPunctuation(k, '.') || (clauses[k] != clauses[Math.Min(last, clauses.Length - 1)] && !relativeClause && !tokens.IsPunctuation(k, ',')))
            {
                break;
            }
            if (lexicon.CuesAfter.MatchAt(tokens, k) is { } cue)
            {
                // "enters into force only after both sides notify each other": a condition, not a fact.
                if (cue.Value == AgreementStatus.InForce && IsConditional(tokens, cue.Last))
                {
                    k = cue.Last;
                    continue;
                }
                return (cue.First, cue.Last, cue.Value);
            }
        }
        return ObjectRelative(tokens, last) ?? RelativeClause(tokens, last);
    }

    /// <summary>
    /// "The Agreement on … for 2021-2031: signed", "Customs protocol: agreed": a scorecard line gives its label a value,
    /// and a participle that is the whole of the value is the status of the agreement the label names.
    /// </summary>
    private (int Index, int LastIndex, AgreementStatus Status)? LabelValue(TokenizedText tokens, int last)
    {
        var colon = last + 1;
        while (colon < tokens.Count && colon - last <= LabelTail && !tokens.IsPunctuation(colon, ':'))
        {
            if (tokens.IsPunctuation(colon, '.') || tokens.IsPunctuation(colon, ';'))
            {
                return null;
            }
            colon++;
        }
        if (colon >= tokens.Count || !tokens.IsPunctuation(colon, ':'))
        {
            return null;
        }
        // "…: not signed" is a denial, read as one elsewhere; only a value that is the participle alone gives a status.
        var start = colon + 1;
        if (start >= tokens.Count || lexicon.Participles.MatchAt(tokens, start) is not { } participle
            || (participle.Last + 1 < tokens.Count && !tokens.IsPunctuation(participle.Last + 1, '.') && !tokens.IsPunctuation(participle.Last + 1, ';')))
        {
            return null;
        }
        return (participle.First, participle.Last, participle.Value);
    }

    // "…, to be made at Korwa by Indo-Russia Rifles, worth over Rs 5,000 crore: signed": what stands between the name and the colon.
    private const int LabelTail = 24;

    private const int MaxHeadWords = 3;
    private const int MaxSubjectWords = 5;

    /// <summary>
    /// "the supply deal Reliance signed with Rosneft", "the maritime route that the two sides agreed to develop": a
    /// clause whose subject acts on the name, with or without "that", tells what was done to it.
    /// </summary>
    private (int Index, int LastIndex, AgreementStatus Status)? ObjectRelative(TokenizedText tokens, int last)
    {
        var start = -1;
        for (var k = last + 1; k < tokens.Count && k - last <= MaxHeadWords + 1; k++)
        {
            if (tokens.IsAny(k, "that", "which"))
            {
                start = k + 1;
                break;
            }
            if (!tokens[k].IsWord || tokens.IsCapitalized(k) || tokens.IsIn(k, lexicon.StopAfter) || tokens.IsIn(k, lexicon.StopBefore))
            {
                break;
            }
        }
        if (start < 0)
        {
            // Without "that", the subject is a name: "the deal Reliance signed".
            if (last + 1 >= tokens.Count || !tokens[last + 1].IsWord || !tokens.IsCapitalized(last + 1))
            {
                return null;
            }
            start = last + 1;
        }
        for (var k = start; k < tokens.Count && k - start <= MaxSubjectWords; k++)
        {
            if (k > start && lexicon.CuesBefore.MatchAt(tokens, k) is { } cue)
            {
                return (cue.First, cue.Last, cue.Value);
            }
            if (!tokens[k].IsWord || tokens.IsAny(k, "that", "which", "who") || (tokens.IsIn(k, lexicon.StopAfter) && !tokens.IsAny(k, "have", "has", "had", "will", "would")))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// "the Programme for Cooperation in the Russian Far East for the period 2024-2029, which was signed on the
    /// occasion": a name's trailing modifiers can outrun the window, but a relative clause opened by a comma right after
    /// them still describes it, as long as no other clause, sentence part or conjunct ("…, and the memorandum on X, which
    /// was signed") comes between.
    /// </summary>
    private (int Index, int LastIndex, AgreementStatus Status)? RelativeClause(TokenizedText tokens, int last)
    {
        for (var k = last + 1; k < tokens.Count - 1 && k - last <= RelativeReach; k++)
        {
            if (tokens.IsPunctuation(k, '.') || tokens.IsPunctuation(k, ';') || tokens.IsPunctuation(k, ':') || tokens.IsAny(k, "and", "or", "but")
                || (tokens.IsAny(k, "which", "that", "who") && !tokens.IsPunctuation(k - 1, ',')))
            {
                return null;
            }
            if (tokens.IsPunctuation(k, ',') && tokens.IsAny(k + 1, "which", "that"))
            {
                return lexicon.CuesAfter.MatchAt(tokens, k + 2) is { } cue && !IsConditional(tokens, cue.Last) ? (cue.First, cue.Last, cue.Value) : null;
            }
        }
        return null;
    }

    private static bool IsConditional(TokenizedText tokens, int cueLast) =>
        tokens.IsAny(cueLast + 1, "only", "once", "after", "when", "until", "upon", "if") || tokens.IsAny(cueLast + 2, "once", "after", "when", "until", "upon");

    private (AgreementStatus Status, string? Cue)? GoverningGerund(TokenizedText tokens, int first)
    {
        var i = first - 1;
        while (i >= 0 && tokens.IsAny(i, "a", "an", "the"))
        {
            i--;
        }
        for (var start = Math.Max(0, i - 2); start <= i; start++)
        {
            if (lexicon.CuesBefore.MatchAt(tokens, start) is { } cue && cue.Last == i && tokens.SpanOf(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                return (cue.Value, tokens.TextOf(cue.First, cue.Last));
            }
        }
        return null;
    }

    /// <summary>"a programme … was signed, as were principles of cooperation in the Arctic": the status of the clause before.</summary>
    private (AgreementStatus Status, string? Cue)? Parallel(TokenizedText tokens, int first)
    {
        if (!(tokens.IsAny(first - 1, "were", "was", "did") && tokens.Is(first - 2, "as")))
        {
            return null;
        }
        var end = first - 3;
        while (end >= 0 && tokens.IsPunctuation(end, ','))
        {
            end--;
        }
        for (var start = Math.Max(0, end - 4); start <= end; start++)
        {
            var cue = lexicon.CuesAfter.MatchAt(tokens, start) ?? lexicon.CuesBefore.MatchAt(tokens, start);
            if (cue is { } found && found.Last == end)
            {
                return (found.Value, tokens.TextOf(found.First, found.Last));
            }
        }
        return null;
    }

    /// <summary>"A deal for more S-400 squadrons was not on the agenda": a deal denied in its own clause is at most an idea.</summary>
    public bool IsDenied(TokenizedText tokens, int[] clauses, int last)
    {
        var clause = clauses[Math.Min(last, clauses.Length - 1)];
        for (var k = last + 1; k < tokens.Count && k - last <= AfterWindow && clauses[k] == clause; k++)
        {
            if (lexicon.Negators.MatchAt(tokens, k) is not null || tokens.IsAny(k, "not", "no", "never"))
            {
                return true;
            }
        }
        return false;
    }

    private bool Negated(TokenizedText tokens, int cueIndex)
    {
        for (var i = Math.Max(0, cueIndex - 3); i < cueIndex; i++)
        {
            if (lexicon.Negators.MatchAt(tokens, i) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Yet to be ratified" is signed; "yet to sign" already reads as a step not taken, so it stays.</summary>
    private static AgreementStatus StepBack(AgreementStatus status) =>
        status >= AgreementStatus.Agreed ? status - 1 : status;
}
