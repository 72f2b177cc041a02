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
    private const int MaxProgrammeComplement = 20;
    private const int MaxListComplement = 26;

    // Reused for every name of the article: the reader lives for one article
    private readonly StringBuilder _name = new();

    // The tokens of an aside inside the name being read ("…, through joint ventures in India, …"), left out of its text
    private (int First, int Last) _aside = (-1, -1);

    /// <param name="dates">The sentence's date phrases, which end a name ("a deal for S-400 systems on Friday").</param>
    public List<AgreementPhrase> Read(TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names, IReadOnlyList<DateMatch> dates)
    {
        var phrases = TradeTargets.Find(tokens);
        phrases.AddRange(Undertakings.Find(tokens, names));
        var targets = phrases.Count;
        foreach (var noun in lexicon.Nouns.FindAll(tokens))
        {
            if ((tokens.Is(noun.First - 1, "to") && tokens.Is(noun.Last + 1, "with")) // "to deal with"
                || IsInsideAny(phrases, noun.First, noun.Last) || IsVerb(tokens, names, noun.First, noun.Last))
            {
                continue;
            }
            var aliases = new List<string>();
            _aside = (-1, -1);
            var (first, statusInName) = ExtendLeft(tokens, noun.First, aliases);
            if (IsProcedure(tokens, first, noun.First, noun.Last))
            {
                continue;
            }
            var plural = IsPlural(tokens, noun.Last);
            var split = plural && !IsCounted(tokens, first, noun.First);
            var last = ExtendRight(tokens, names, noun.Last, aliases, dates, noun.Value, split, out var complementFirst);
            if (OverlapsTarget(phrases, targets, first, last))
            {
                continue;
            }
            var name = NameText(tokens, first, last, ProperNameOnly(tokens, first, noun.First) ? noun.First : -1);
            // "a bilateral investment treaty", "an FTA": some nouns are one agreement by themselves.
            var specific = IsSpecific(tokens, names, first, noun.First, complementFirst, last, aliases, plural, noun.Value)
                || (!plural && lexicon.SpecificNouns.Contains(tokens.TextOf(noun.First, noun.Last)));
            // "agreements covering space, nuclear energy, railways and other areas": fields the agreements fall in, not agreements.
            if (split && complementFirst >= 0 && IsFieldList(tokens, complementFirst, last))
            {
                phrases.Add(new AgreementPhrase(first, last, name, aliases, noun.Value, false, statusInName));
                continue;
            }
            if (split && complementFirst >= 0 && SplitConjuncts(tokens, names, noun.First, noun.Last, complementFirst, last, noun.Value, statusInName) is { Count: > 0 } parts)
            {
                phrases.AddRange(parts);
                continue;
            }
            phrases.Add(new AgreementPhrase(first, last, name, aliases, noun.Value, specific, statusInName));
        }
        AddAnother(tokens, names, dates, phrases);
        return phrases;
    }

    /// <summary>"Covid protocols", "the safety protocol": a protocol kept, not one signed.</summary>
    private bool IsProcedure(TokenizedText tokens, int first, int nounFirst, int nounLast)
    {
        if (!tokens.IsAny(nounLast, "protocol", "protocols"))
        {
            return false;
        }
        for (var i = first; i < nounFirst; i++)
        {
            if (tokens.IsIn(i, lexicon.ProcedureModifiers))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "an agreement that will make it easier … and another on joint efforts against illegal migration", "a memorandum
    /// between the two railways, one between the planning bodies on an economic dialogue, and one on small enterprises":
    /// "another" or a listed "one" stands for the noun of the agreement named before it.
    /// </summary>
    private void AddAnother(TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names, IReadOnlyList<DateMatch> dates, List<AgreementPhrase> phrases)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var elliptic = tokens.Is(i, "another") || (tokens.Is(i, "one") && (tokens.IsPunctuation(i - 1, ',') || tokens.IsAny(i - 1, "and", "or")));
            // The noun is the one of the last agreement that has one: "one … and one on …" both stand for "a memorandum".
            if (!elliptic || !tokens.IsAny(i + 1, "on", "for", "between")
                || phrases.FindLast(phrase => phrase.Last < i && phrase.IsSpecific && NounIn(tokens, phrase) is not null) is not { } before)
            {
                continue;
            }
            var aliases = new List<string>();
            _aside = (-1, -1);
            var last = ExtendRight(tokens, names, i, aliases, dates, before.Kind, false, out var complementFirst);
            if (complementFirst < 0 || last <= complementFirst || ContentWords(tokens, complementFirst + 1, last) < 2)
            {
                continue;
            }
            var found = NounIn(tokens, before)!.Value;
            var noun = SingularNoun(tokens.TextOf(found.First, found.Last));
            var complement = NameText(tokens, complementFirst, last, -1);
            var name = $"{char.ToUpperInvariant(noun[0])}{noun[1..]} {char.ToLowerInvariant(complement[0])}{complement[1..]}";
            phrases.Add(new AgreementPhrase(i, last, name, aliases, before.Kind, true, null));
        }
    }

    private PhraseMatch<AgreementKind>? NounIn(TokenizedText tokens, AgreementPhrase phrase) =>
        Enumerable.Range(phrase.First, phrase.Last - phrase.First + 1).Select(k => lexicon.Nouns.MatchAt(tokens, k)).FirstOrDefault(match => match is not null);

    /// <summary>A trade target or an undertaking already read covers the tokens: "the target of raising trade to $100 billion".</summary>
    private static bool OverlapsTarget(List<AgreementPhrase> phrases, int targets, int first, int last)
    {
        for (var i = 0; i < targets; i++)
        {
            if (phrases[i].First <= last && first <= phrases[i].Last)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> VerbLikeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "offer", "offers", "deal", "deals", "pledge", "pledges", "target", "targets", "contract", "contracts", "commitment",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "s", "’s",
    };

    /// <summary>
    /// "Modi offers $1 billion for the Far East": a noun-like word right after a bare name, with an object after it, is
    /// the verb of a headline, not an agreement ("the Russian offer to build" keeps its determiner).
    /// </summary>
    private static bool IsVerb(TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names, int nounFirst, int nounLast)
    {
        if (nounFirst != nounLast || !tokens.IsIn(nounFirst, VerbLikeNouns) || nounFirst == 0)
        {
            return false;
        }
        var next = nounLast + 1;
        // "offers India a platform", "offers a $1 billion credit": a determiner or an amount right after is an object.
        if (tokens.IsAny(nounFirst, "offer", "offers", "pledge", "pledges", "targets")
            && next < tokens.Count && (tokens.IsAny(next, "a", "an", "the", "its", "their", "his", "her") || IsAmountMark(tokens, next)
            || tokens[next].Kind == TokenKind.Number || (tokens.IsCapitalized(next) && tokens.IsAny(next + 1, "a", "an", "the"))))
        {
            return !tokens.IsIn(nounFirst - 1, Determiners);
        }
        var subject = nounFirst - 1;
        var named = NameCovering(names, subject);
        var bareSubject = tokens.IsAny(subject, "he", "she", "it", "they", "we", "who")
            || (named.Value is Person or RoleTitle or Country or City or Forum or Organization && !tokens.IsIn(named.First - 1, Determiners)
                && !tokens.IsPunctuation(named.First - 1, '\'') && !tokens.IsPunctuation(named.First - 1, '’'));
        if (!bareSubject)
        {
            return false;
        }
        // "Xi and Putin pledge \"no limits\" push": a quotation opens the object as a word would.
        return next < tokens.Count
            && (tokens[next].Kind == TokenKind.Number || IsAmountMark(tokens, next) || tokens.IsAny(next, "a", "an", "the", "to", "up")
                || (tokens.IsCapitalized(next) && tokens[next].IsWord) || (IsOpeningQuote(tokens, next) && next + 1 < tokens.Count && tokens[next + 1].IsWord));
    }

    private static bool IsOpeningQuote(TokenizedText tokens, int index) =>
        tokens.IsPunctuation(index, '"') || tokens.IsPunctuation(index, '“') || tokens.IsPunctuation(index, '\'') || tokens.IsPunctuation(index, '‘');

    private static readonly HashSet<string> Collections = new(StringComparer.OrdinalIgnoreCase)
    {
        "string", "series", "raft", "slew", "number", "host", "clutch", "batch", "bunch", "range", "spate", "flurry", "couple", "pair",
        "set", "package", "list", "lot", "handful", "dozens", "hundreds", "scores",
    };

    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "dozen", "dozens", "hundred", "hundreds",
    };

    /// <summary>"28 agreements on …", "several pacts on …", "28 agreements and MoUs covering …": counted agreements are a tally, not a list of deals.</summary>
    private bool IsCounted(TokenizedText tokens, int first, int nounFirst)
    {
        for (var i = first; i < nounFirst; i++)
        {
            if (IsQuantity(tokens, i))
            {
                return true;
            }
        }
        if (first > 0 && IsQuantity(tokens, first - 1))
        {
            return true;
        }
        // "a string of deals for aircraft, tanks and warships": a collection, not a list of named deals.
        if (tokens.Is(first - 1, "of") && tokens.IsIn(first - 2, Collections))
        {
            return true;
        }
        // "28 agreements and MoUs": the count before the first noun counts the second too.
        if (!tokens.IsAny(first - 1, "and", "or"))
        {
            return false;
        }
        for (var i = first - 2; i >= 0 && first - i <= 5; i--)
        {
            if (IsQuantity(tokens, i))
            {
                return true;
            }
            if (tokens[i].Kind == TokenKind.Punctuation || (tokens.IsIn(i, lexicon.StopBefore) && !tokens.IsAny(i, "and", "or")))
            {
                return false;
            }
        }
        return false;
    }

    private bool IsQuantity(TokenizedText tokens, int i) =>
        tokens[i].Kind == TokenKind.Number || tokens.IsIn(i, lexicon.Generic) || tokens.IsIn(i, NumberWords);

    /// <summary>
    /// "signed pacts on fertiliser supply and shipbuilding", "agreements for India to buy four frigates and a long-range
    /// air defence system": agreements in the plural over a list are one agreement per item that names something.
    /// </summary>
    private List<AgreementPhrase> SplitConjuncts(TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names, int nounFirst, int nounLast,
        int complementFirst, int last, AgreementKind kind, AgreementStatus? statusInName)
    {
        var parts = new List<AgreementPhrase>();
        var noun = SingularNoun(tokens.TextOf(nounFirst, nounLast));
        var preposition = tokens.TextOf(complementFirst).ToLowerInvariant();
        var start = complementFirst + 1;
        var fieldNamed = false;
        var properNamed = false;
        for (var k = start; k <= last + 1; k++)
        {
            var boundary = k > last || tokens.IsPunctuation(k, ',') || tokens.IsPunctuation(k, ';')
                || (tokens.IsAny(k, "and", "or") && !IsNumberPair(tokens, k))
                || (tokens.Is(k, "along") && tokens.Is(k + 1, "with")) || (tokens.Is(k, "as") && tokens.Is(k + 1, "well") && tokens.Is(k + 2, "as"));
            if (!boundary)
            {
                continue;
            }
            fieldNamed |= !AddConjunct(tokens, names, nounFirst, start, k - 1, noun, preposition, kind, statusInName, parts, out var proper);
            properNamed |= proper;
            // "along with" and "as well as" are two and three words; "and" and a comma one
            var skip = tokens.Is(k, "along") ? 1 : tokens.Is(k, "as") ? 2 : 0;
            k += skip;
            // ", and" is one boundary
            if (tokens.IsPunctuation(k, ',') && tokens.IsAny(k + 1, "and", "or"))
            {
                k++;
            }
            start = k + 1;
        }
        // "sign deals on energy and mobility": beside a bare field ("energy"), the other items are fields too, unless one is a name.
        // "talks end with deals on payments": agreements in the plural over one item are several in its field, not one agreement.
        if (!properNamed && (fieldNamed || parts.Count == 1))
        {
            return [];
        }
        // Items that only carry words ("to build transport aircraft") count when another item of the list names something.
        if (!parts.Any(part => part.IsSpecific))
        {
            return [];
        }
        for (var i = 0; i < parts.Count; i++)
        {
            parts[i] = parts[i] with { IsSpecific = true };
        }
        return parts;
    }

    private static readonly HashSet<string> FieldPrepositions = new(StringComparer.OrdinalIgnoreCase) { "covering", "spanning", "across" };

    private static readonly HashSet<string> FieldNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "areas", "fields", "sectors", "spheres", "domains", "things", "matters", "subjects", "issues",
    };

    /// <summary>
    /// A list of the fields agreements fall in: introduced by "covering" or "spanning", or closed by a catch-all
    /// ("and other areas", "among others", "etc").
    /// </summary>
    private static bool IsFieldList(TokenizedText tokens, int complementFirst, int last)
    {
        if (tokens.IsIn(complementFirst, FieldPrepositions))
        {
            return true;
        }
        for (var k = complementFirst + 1; k <= last + 2 && k < tokens.Count; k++)
        {
            if ((tokens.Is(k, "other") && tokens.IsIn(k + 1, FieldNouns)) || (tokens.Is(k, "among") && tokens.Is(k + 1, "others")) || tokens.Is(k, "etc"))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsNumberPair(TokenizedText tokens, int k) =>
        tokens[k - 1].Kind == TokenKind.Number && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Number;

    /// <param name="proper">"RuPay" or "S-400" in "pacts on energy and S-400 systems": the item holds a capitalised word or a number.</param>
    /// <returns>False when the item is a bare field ("energy", "trade"), which names nothing.</returns>
    private bool AddConjunct(TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names, int nounFirst, int first, int last, string noun,
        string preposition, AgreementKind kind, AgreementStatus? statusInName, List<AgreementPhrase> parts, out bool proper)
    {
        proper = false;
        // "India to buy four frigates": the buyer is the same for every item; "to buy …" is what the agreement does.
        if (first + 1 <= last && IsCountryToken(names, first) && tokens.Is(first + 1, "to"))
        {
            first++;
        }
        while (first <= last && tokens.IsAny(first, "the", "a", "an", "on", "for", "of", "with"))
        {
            first++;
        }
        while (last >= first && (tokens[last].Kind == TokenKind.Punctuation || tokens.IsIn(last, lexicon.StopBefore)))
        {
            last--;
        }
        if (first > last)
        {
            return true;
        }
        for (var i = first; i <= last; i++)
        {
            proper |= tokens[i].Kind == TokenKind.Number || (tokens[i].IsWord && tokens.IsCapitalized(i));
        }
        var specific = ComplementNamesSomething(tokens, names, first - 1, last) || KnownAgreements.Default.Find(tokens.TextOf(first, last)) is not null;
        if (!specific && !HasContent(tokens, first, last))
        {
            return false;
        }
        var infinitive = tokens.Is(first, "to");
        var text = tokens.TextOf(first, last);
        var name = infinitive ? $"{noun} {text}" : $"{noun} {preposition} {text}";
        parts.Add(new AgreementPhrase(nounFirst, last, name, [], kind, specific, statusInName) { FromList = true });
        return true;
    }

    /// <summary>A word that is neither generic ("trade", "energy") nor a small word: "to build transport aircraft".</summary>
    private bool HasContent(TokenizedText tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (tokens[i].IsWord && !tokens.IsIn(i, lexicon.Generic) && !tokens.IsIn(i, lexicon.StopBefore) && !tokens.IsIn(i, lexicon.StopAfter)
                && !tokens.Is(i, "to") && tokens[i].Length > 2)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"pacts" is "Pact", "MoUs" is "MoU", "memoranda" is "Memorandum".</summary>
    private static string SingularNoun(string noun)
    {
        var singular = noun.Equals("memoranda", StringComparison.OrdinalIgnoreCase) ? "memorandum"
            : noun.EndsWith("ies", StringComparison.Ordinal) ? noun[..^3] + "y"
            : noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) ? noun[..^1]
            : noun;
        return char.ToUpperInvariant(singular[0]) + singular[1..];
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
            // "a 30-day visa", "a 10-year deal": a number joined by a hyphen to the word after it is a modifier too.
            return (tokens.IsPunctuation(i - 1, '-') && tokens.IsJoinedToPrevious(i) && tokens.IsCapitalized(i - 2))
                || (tokens.IsPunctuation(i + 1, '-') && tokens.IsJoinedToPrevious(i + 1) && i + 1 == first && tokens.IsJoinedToPrevious(i + 2));
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

    private int ExtendRight(TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names, int nounLast, List<string> aliases, IReadOnlyList<DateMatch> dates,
        AgreementKind kind, bool list, out int complementFirst)
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
        // "the Energy Cooperation Roadmap 2030", "Programme 2021–2031": a programme's years right after it are in its name.
        if (kind == AgreementKind.Programme && j < tokens.Count && IsYear(tokens, j))
        {
            last = j;
            j++;
            if (j + 1 < tokens.Count && (tokens.IsPunctuation(j, '-') || tokens.IsPunctuation(j, '–')) && IsYear(tokens, j + 1))
            {
                last = j + 1;
                j += 2;
            }
        }
        // "signed an intergovernmental agreement there on the joint manufacture of spare parts": an adverb of place or
        // time may stand between the noun and what it is about.
        if (tokens.IsAny(j, "there", "then", "today", "yesterday", "also", "recently", "earlier", "later") && tokens.IsAny(j + 1, "on", "for"))
        {
            _aside = (j, j);
            j++;
        }
        if (RelativeComplementEnd(tokens, dates, j) is var relativeEnd and >= 0)
        {
            complementFirst = j;
            return relativeEnd;
        }
        // "principles of cooperation in the Arctic zone": cooperation is in a field
        var inField = tokens.Is(j, "in") && tokens.Is(nounLast, "cooperation");
        if (j >= tokens.Count || !(tokens.IsIn(j, lexicon.ComplementPrepositions) || inField) || (tokens.Is(j, "to") && tokens.Is(j + 1, "be"))
            // "signed an agreement on the sidelines of the summit": where, not what
            || (tokens.Is(j, "on") && tokens.Is(j + 1, "the") && tokens.IsAny(j + 2, "sidelines", "margins", "eve", "occasion", "day", "basis"))
            // "the International North-South Transport Corridor to shorten delivery times": a name, then a purpose clause
            || (tokens.Is(j, "to") && tokens.IsCapitalized(nounLast) && j + 1 < tokens.Count && tokens[j + 1].IsWord && !tokens.IsCapitalized(j + 1)))
        {
            return last;
        }
        complementFirst = j;
        var between = tokens.Is(j, "between");
        var properName = IsProperNameComplement(tokens, j);
        var end = j;
        var reach = list ? MaxListComplement : kind == AgreementKind.Programme ? MaxProgrammeComplement : MaxComplement;
        var cutByLimit = false;
        for (var k = j + 1; k < tokens.Count; k++)
        {
            if (k - j > reach)
            {
                // Cut only when the name would have gone on: not at a full stop, a comma or "was signed".
                cutByLimit = tokens[k].Kind != TokenKind.Punctuation && !tokens.IsIn(k, lexicon.StopAfter) && !IsDateToken(tokens, dates, k);
                break;
            }
            if (IsDateToken(tokens, dates, k))
            {
                // "a programme of military-technical cooperation for 2021-2031", "a roadmap to 2030": the span is in the name.
                if (kind == AgreementKind.Programme && IsYear(tokens, k)
                    && (tokens.IsAny(k - 1, "to", "till", "until", "through", "for", "covering", "period", "-", "–") || (properName && tokens.IsCapitalized(k - 1))))
                {
                    end = k;
                    continue;
                }
                if (kind == AgreementKind.Programme && end == k - 1 && IsYear(tokens, k - 1) && (tokens.IsPunctuation(k, '-') || tokens.IsPunctuation(k, '–'))
                    && k + 1 < tokens.Count && IsYear(tokens, k + 1))
                {
                    continue;
                }
                break;
            }
            // "the Agreement on Cooperation in Satellite Navigation at the summit": a capitalised name ends at the first lower-case word of the sentence
            // ("Co-development" is one word: its lower-case half after the hyphen does not end it).
            // "… in the Russian Far East for the period 2024-2029": a programme's period is part of its title.
            if (properName && tokens[k].IsWord && !tokens.IsCapitalized(k) && !tokens.IsIn(k, ProperNameJoiners)
                && !(tokens.IsPunctuation(k - 1, '-') && tokens.IsJoinedToPrevious(k))
                && !(kind == AgreementKind.Programme && tokens.Is(k, "period") && k + 1 < tokens.Count && IsYear(tokens, k + 1)))
            {
                break;
            }
            if (EndsComplement(tokens, names, j, k))
            {
                break;
            }
            // "to manufacture, through joint ventures in India, spare parts": an aside inside the name is skipped.
            if (!list && tokens.IsPunctuation(k, ',') && AsideEnd(tokens, k) is var close and > 0)
            {
                _aside = (k, close);
                reach += close - k + 1;
                k = close;
                continue;
            }
            // "in trade, economic and investment spheres": a comma inside a list of single words.
            if (tokens.IsPunctuation(k, ',') && !list && IsWordList(tokens, k))
            {
                continue;
            }
            // A list of agreements runs on over commas: each item is read on its own.
            // (", keeping Russia as its main supplier" is a clause of its own, not an item.)
            if (list && tokens.IsPunctuation(k, ',') && k + 1 < tokens.Count && !tokens.IsIn(k + 1, lexicon.StopAfter) && !tokens.IsAny(k + 1, "which", "who")
                && !(LooksLikeVerb(tokens, k + 1) && !IsGerundNoun(tokens, k + 1)))
            {
                continue;
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
                // "the development of Russia's Far East": a possessive inside the name.
                if ((tokens.IsPunctuation(k, '\'') || tokens.IsPunctuation(k, '’')) && tokens.IsJoinedToPrevious(k) && tokens.Is(k + 1, "s") && tokens.IsJoinedToPrevious(k + 1))
                {
                    k++;
                    continue;
                }
                // "seafarers' certificates": the possessive of a plural.
                if ((tokens.IsPunctuation(k, '\'') || tokens.IsPunctuation(k, '’')) && tokens.IsJoinedToPrevious(k) && tokens.SpanOf(k - 1).EndsWith("s", StringComparison.Ordinal)
                    && k + 1 < tokens.Count && tokens[k + 1].IsWord && !tokens.IsJoinedToPrevious(k + 1))
                {
                    continue;
                }
                // "the production of carbamide (urea) in …": a word in parentheses restates the one before; it takes no length of the name.
                if (tokens.IsPunctuation(k, '(') && k + 2 < tokens.Count && tokens.IsPunctuation(k + 2, ')'))
                {
                    reach += 3;
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
                // "for prioritising and implementing areas of …": two gerunds joined by "and" share one object.
                var gerunds = IsGerund(tokens, k - 1) && IsGerund(tokens, k + 1);
                var coordinates = word.Equals("and", StringComparison.OrdinalIgnoreCase)
                    && (numbers || gerunds || !LooksLikeVerb(tokens, k + 1) || (list && IsGerundNoun(tokens, k + 1)));
                if (!coordinates && !(between && word.Equals("and", StringComparison.OrdinalIgnoreCase)))
                {
                    break;
                }
                between = false;
            }
            end = k;
        }
        // A complement cut short by the length limit ends before the phrase it cut ("… spare parts for the large stock of Russian").
        if (cutByLimit)
        {
            for (var k = end; k > j + 2; k--)
            {
                if (tokens.IsAny(k, "of", "for", "in", "on", "with", "from"))
                {
                    end = k - 1;
                    break;
                }
            }
        }
        // A complement cut short by the length limit ends on a content word, not on "in" or "the".
        while (end > j && (tokens.IsIn(end, lexicon.StopBefore) || tokens.IsIn(end, ProperNameJoiners) || tokens[end].Kind == TokenKind.Punctuation))
        {
            end -= tokens.IsPunctuation(end, ')') && end - 2 > j && tokens.IsPunctuation(end - 2, '(') ? 3 : 1;
        }
        return end > j ? end : last;
    }

    private static readonly string[] RelativeVerbs = ["will", "would", "makes", "make", "allows", "allow", "lets", "enables", "provides", "paves", "opens", "sets", "commits", "gives"];
    private static readonly string[] ParticipleOpeners = ["setting", "providing", "allowing", "enabling", "laying", "paving", "committing"];
    private const int MaxRelativeComplement = 16;

    /// <summary>
    /// "an agreement that will make it easier for Indian citizens to work temporarily in Russia", "a memorandum under
    /// which Indian companies and Uralchem will build a plant", "an action plan setting out priority areas": a clause
    /// that says what the agreement does names it. Returns the clause's last token, or -1 when none opens at <paramref name="j"/>.
    /// </summary>
    private int RelativeComplementEnd(TokenizedText tokens, IReadOnlyList<DateMatch> dates, int j)
    {
        var opens = (tokens.IsAny(j, "that", "which") && tokens.IsAny(j + 1, RelativeVerbs))
            || (tokens.IsAny(j, "under", "by") && tokens.Is(j + 1, "which"))
            || tokens.IsAny(j, ParticipleOpeners);
        if (!opens)
        {
            return -1;
        }
        var end = -1;
        for (var k = j + 1; k < tokens.Count && k - j <= MaxRelativeComplement; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && !(tokens.IsPunctuation(k, '-') && tokens.IsJoinedToPrevious(k))
                && !((tokens.IsPunctuation(k, '\'') || tokens.IsPunctuation(k, '’')) && tokens.Is(k + 1, "s")))
            {
                break;
            }
            // "… in Russia and another on …", "… and a memorandum on …": the next item of a list.
            if (tokens.Is(k, "and") && (tokens.IsAny(k + 1, "another", "a", "an", "the") || lexicon.Nouns.MatchAt(tokens, k + 1) is not null))
            {
                break;
            }
            if (IsDateToken(tokens, dates, k))
            {
                break;
            }
            end = k;
        }
        while (end > j && (tokens.IsIn(end, lexicon.StopBefore) || tokens.IsIn(end, lexicon.StopAfter)))
        {
            end--;
        }
        return end > j + 1 && ContentWords(tokens, j + 1, end) >= DescribedWords ? end : -1;
    }

    private static readonly HashSet<string> AsideOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "through", "via", "with", "under", "among", "in", "including",
    };

    private const int MaxAside = 8;

    /// <summary>The closing comma of an aside opened by a preposition at the comma <paramref name="comma"/>, followed by more of the name; else -1.</summary>
    private int AsideEnd(TokenizedText tokens, int comma)
    {
        if (!tokens.IsIn(comma + 1, AsideOpeners) || comma == 0 || !tokens[comma - 1].IsWord)
        {
            return -1;
        }
        for (var k = comma + 2; k < tokens.Count && k - comma <= MaxAside; k++)
        {
            if (tokens.IsPunctuation(k, ','))
            {
                return k + 1 < tokens.Count && tokens[k + 1].IsWord && !tokens.IsIn(k + 1, lexicon.StopAfter) && !tokens.IsIn(k + 1, lexicon.StopBefore)
                    && !LooksLikeVerb(tokens, k + 1) && !tokens.IsCapitalized(k + 1) ? k : -1;
            }
            if (tokens[k].Kind == TokenKind.Punctuation && !tokens.IsPunctuation(k, '-'))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>", economic and investment", ", medical education and science": one or two words, then "and" and a word.</summary>
    private bool IsWordList(TokenizedText tokens, int comma)
    {
        for (var and = comma + 2; and <= comma + 3 && and + 1 < tokens.Count; and++)
        {
            if (!tokens[and - 1].IsWord || tokens.IsIn(and - 1, lexicon.StopAfter) || tokens.IsIn(and - 1, lexicon.StopBefore))
            {
                return false;
            }
            if (tokens.IsAny(and, "and", "or"))
            {
                return tokens[and + 1].IsWord && !LooksLikeVerb(tokens, and + 1);
            }
        }
        return false;
    }

    private static bool IsYear(TokenizedText tokens, int k) =>
        tokens[k].Kind == TokenKind.Number && tokens[k].Length == 4;

    /// <summary>
    /// Where a complement stops being the agreement's name: "to be made by …", "to shorten delivery times", "at a factory
    /// in …", "in the face of …", and a second agreement noun after "and" ("a contract for rifles and a programme of …").
    /// </summary>
    private bool EndsComplement(TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names, int j, int k)
    {
        if (tokens.Is(k, "to") && k + 1 < tokens.Count && tokens[k + 1].IsWord && !tokens.IsCapitalized(k + 1)
            && !tokens.IsAny(k + 1, "the", "a", "an", "its", "their", "more", "over", "about", "around", "nearly", "almost", "some", "double", "USD")
            && !IsSpanWord(tokens, k + 1))
        {
            // "for India to buy …", "for Indian and Russian companies to manufacture …", "… and to build …": the
            // infinitive is what the agreement does, not a purpose clause.
            var forSubject = tokens.Is(j, "for") && k - j <= ForSubjectLength && !tokens.Is(k + 1, "be") && !HasToBetween(tokens, j + 1, k - 1);
            return !(forSubject || tokens.IsAny(k - 1, "and", "or") || tokens.IsPunctuation(k - 1, ',') || IsCountryToken(names, k - 1));
        }
        if (tokens.IsAny(k, "at", "worth", "valued", "estimated", "costing") || (tokens.IsAny(k, "in") && tokens.Is(k + 1, "the") && tokens.IsAny(k + 2, "face", "wake", "light", "event"))
            || (tokens.Is(k, "in") && tokens.Is(k + 1, "spite")))
        {
            return true;
        }
        if (tokens.IsAny(k, "and", "or") || tokens.IsPunctuation(k, ','))
        {
            var next = k + 1;
            while (next < tokens.Count && (tokens.IsIn(next, Determiners) || tokens.IsAny(next, "another", "also")))
            {
                next++;
            }
            // "a joint venture for Kamov helicopters and the S-400 air defence system": a well-known agreement after the
            // conjunction is the next item, not more of this one.
            if (tokens.IsAny(k + 1, "the", "a", "an", "its", "their") && k + 2 < tokens.Count && KnownAgreements.Default.Anchors.MatchAt(tokens, k + 2) is not null)
            {
                return true;
            }
            for (var n = next; n < tokens.Count && n <= next + 4; n++)
            {
                if (lexicon.Nouns.MatchAt(tokens, n) is not null)
                {
                    // "a contract for rifles and a programme of …", not "rifles and ammunition"
                    return AllModifiers(tokens, next, n);
                }
            }
        }
        return false;
    }

    private bool AllModifiers(TokenizedText tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            // ", through joint ventures in India, spare parts": a preposition opens an aside, not another agreement.
            if (tokens.IsIn(i, lexicon.StopBefore) || tokens.IsIn(i, Prepositions) || !(tokens[i].IsWord || tokens.IsPunctuation(i, '-')))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "through", "via", "by", "into", "within", "across", "among", "against", "without", "beyond", "towards", "toward",
    };

    private const int ForSubjectLength = 6;

    private static bool HasToBetween(TokenizedText tokens, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            if (tokens.Is(i, "to"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"running to 2031": a word of a span, not an infinitive.</summary>
    private static bool IsSpanWord(TokenizedText tokens, int k) => tokens.IsAny(k, "running");

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

    /// <summary>"pacts on fertiliser supply and shipping.": an -ing word that ends a list is a noun, not a verb opening a clause.</summary>
    private static bool IsGerundNoun(TokenizedText tokens, int index) =>
        index < tokens.Count && tokens[index].IsWord && tokens.SpanOf(index).EndsWith("ing", StringComparison.Ordinal)
        && (index + 1 >= tokens.Count || tokens[index + 1].Kind == TokenKind.Punctuation
            || tokens.IsAny(index + 1, "and", "or", "along", "as", "on", "in", "for", "with", "of", "at"));

    private static bool IsGerund(TokenizedText tokens, int index) =>
        index >= 0 && index < tokens.Count && tokens[index].IsWord && tokens[index].Length > 4 && tokens.SpanOf(index).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    private bool LooksLikeVerb(TokenizedText tokens, int index)
    {
        // "kits and 71 Mi-17V5 helicopters": a count after "and" opens another item, not a verb.
        if (index < tokens.Count && tokens[index].Kind == TokenKind.Number && index + 1 < tokens.Count && tokens[index + 1].IsWord)
        {
            return false;
        }
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
            if (i == _aside.First)
            {
                i = _aside.Last;
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
        // "a $2 billion line of credit": an amount singles a deal out.
        if (!plural && tokens.IsAny(first - 1, "billion", "million", "bn", "crore") && first >= 2 && tokens[first - 2].Kind == TokenKind.Number)
        {
            return true;
        }
        // "any new payment arrangement", "no deal on …": nothing in particular.
        if (tokens.IsAny(first - 1, "any", "no") || tokens.IsAny(first, "any", "no"))
        {
            return false;
        }
        // "a workable payments arrangement", "a credible rupee mechanism": a quality wished for, not a deal in being.
        if (tokens.IsAny(first - 1, "a", "an") && tokens.IsIn(first, WishedQualities))
        {
            return false;
        }
        // "its biggest defence deal in years", "the largest crude contract India had signed": a rank describes a deal
        // named elsewhere, it does not name one.
        if (Enumerable.Range(first, nounFirst - first).Any(i => tokens.IsIn(i, Superlatives)))
        {
            return false;
        }
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
            lowerSpecific |= IsSpecificWord(tokens, i) && !tokens.IsIn(i, lexicon.Generic);
            allCapitalized &= tokens.IsCapitalized(i) || tokens.IsAny(i, "of", "and");
        }
        // A complement singles an agreement out when it names something: "on Arctic shipping", "for nuclear reactors".
        var complement = complementFirst >= 0 && ComplementNamesSomething(tokens, names, complementFirst, last);
        // "LNG supply from Arctic projects": projects in the plural are a region's or a sector's, not one project.
        if (kind == AgreementKind.Project)
        {
            return !plural && proper && allCapitalized && nounFirst > first;
        }
        // "an agreement on joint production of multi-role transport aircraft": one new agreement, described in words.
        var described = !plural && complementFirst >= 0 && tokens.IsAny(first - 1, "a", "an") && first == nounFirst
            && ContentWords(tokens, complementFirst + 1, last) >= DescribedWords;
        return plural ? proper : proper || lowerSpecific || complement || described || (complementFirst < 0 && SignedByCompany(tokens, names, last));
    }

    /// <summary>"the long-term supply deal Reliance signed with Rosneft": the company that acts on a deal singles it out.</summary>
    private bool SignedByCompany(TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names, int last)
    {
        var company = NameCovering(names, last + 1);
        return company.Value is Organization && company.First == last + 1 && lexicon.CuesBefore.MatchAt(tokens, company.Last + 1) is not null;
    }

    private const int DescribedWords = 3;

    private static readonly HashSet<string> WishedQualities = new(StringComparer.OrdinalIgnoreCase)
    {
        "workable", "viable", "credible", "durable", "lasting", "sustainable", "realistic", "meaningful", "reliable", "functioning",
        "better", "proper", "fair", "balanced", "predictable",
    };

    private static readonly HashSet<string> Superlatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "biggest", "largest", "greatest", "costliest", "priciest", "richest", "smallest", "longest", "highest", "heftiest",
        "most", "single-biggest", "single-largest",
    };

    private int ContentWords(TokenizedText tokens, int from, int to)
    {
        var count = 0;
        for (var i = from; i <= to && i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && tokens[i].Length > 2 && !tokens.IsIn(i, lexicon.Generic) && !tokens.IsIn(i, lexicon.StopBefore)
                && !tokens.IsIn(i, lexicon.StopAfter) && !tokens.IsIn(i, ProperNameJoiners) && !tokens.IsAny(i, "cooperation", "relations", "ties", "issues", "matters"))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>A word of the specific list, in the singular or the plural ("investments", "reactor").</summary>
    private bool IsSpecificWord(TokenizedText tokens, int i)
    {
        if (tokens.IsIn(i, lexicon.SpecificWords))
        {
            return true;
        }
        var word = tokens.SpanOf(i);
        return word.Length > 3 && word[^1] == 's' && lexicon.SpecificWords.Contains(word[..^1].ToString());
    }

    private bool ComplementNamesSomething(TokenizedText tokens, IReadOnlyList<PhraseMatch<Named>> names, int complementFirst, int last)
    {
        for (var i = complementFirst + 1; i <= last && i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Number
                || (tokens[i].IsWord && !tokens.IsIn(i, lexicon.Generic)
                    && (IsSpecificWord(tokens, i) || (tokens.IsCapitalized(i) && !IsCountryToken(names, i)))))
            {
                return true;
            }
        }
        return false;
    }
}
