using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Agreements;

/// <summary>
/// Finds the agreements an article names and the status each sentence gives them. Unspecific phrases ("key
/// agreements") name nothing; a bare "the agreement" or an acronym already met adds evidence to the agreement it
/// points to. Runs after the summit step, to tie an agreement to the meeting that produced it.
/// </summary>
public sealed class AgreementExtractor : IArticleExtractor
{
    private const int AnaphorReach = 3;
    private const int CoordinationGap = 12;
    private static readonly string[] PluralVerb = ["were ", "are ", "have "];

    private readonly AgreementLexicon _lexicon = AgreementLexicon.Default;

    public void Extract(ExtractionContext context)
    {
        var reader = new AgreementPhraseReader(_lexicon);
        var statusReader = new AgreementStatusReader(_lexicon);
        var agreements = new List<ArticleAgreement>();
        // Reused across sentences: one list per article instead of one per sentence
        var touched = new List<(ArticleAgreement Agreement, int First, int Last)>();
        foreach (var sentence in context.Sentences)
        {
            var tokens = context.TokensOf(sentence.Index);
            var names = context.NamesIn(sentence.Index);
            var phrases = reader.Read(tokens, names, context.DatesIn(sentence.Index));
            var row = OutcomeTables.Read(context.Document, sentence, tokens, _lexicon);
            if (row is { } cell)
            {
                AddRowPhrase(phrases, tokens, cell.First, cell.Last);
            }
            else if (phrases.Count > 0 && ListStatus(context, sentence.Index) is not null)
            {
                // "The following documents were signed:" — every item of the list is a document, however it is worded.
                for (var i = 0; i < phrases.Count; i++)
                {
                    // "Agreement amending the … Agreement on small arms": a bare "Agreement" names nothing of its own.
                    if (phrases[i].Name.Contains(' ', StringComparison.Ordinal))
                    {
                        phrases[i] = phrases[i] with { IsSpecific = true };
                    }
                }
            }
            Parties.RemoveOthers(phrases, tokens, names);
            phrases.RemoveAll(phrase => context.Claims.Covers(sentence.Index, tokens[phrase.First].Start));
            Identify(phrases, tokens);
            if (phrases.Count == 0 && agreements.Count == 0)
            {
                continue;
            }
            var clauses = context.ClausesOf(sentence.Index);
            var referred = OtherDocumentsStatus(tokens, agreements, sentence.Index);
            ExamplePhrases.AddTo(phrases, tokens, names);
            phrases.Sort((a, b) => a.First.CompareTo(b.First));
            touched.Clear();
            foreach (var phrase in phrases)
            {
                var existing = FirstMatching(agreements, phrase);
                if (existing is null && phrase.IsSpecific && NamedBeside(phrase, phrases) is { } named)
                {
                    // What is said of "the deal" is said of the agreement it retells; its bare noun adds no name.
                    if (FirstMatching(agreements, named) is not { } retold)
                    {
                        continue;
                    }
                    touched.Add((retold, phrase.First, phrase.Last));
                    Claim(context, statusReader, retold, sentence.Index, tokens, clauses, phrase.First, phrase.Last, phrase.StatusInName ?? row?.Status ?? referred, null);
                    continue;
                }
                if (existing is null && !phrase.IsSpecific)
                {
                    continue;
                }
                if (existing is null)
                {
                    existing = new ArticleAgreement(phrase);
                    agreements.Add(existing);
                }
                else
                {
                    existing.Absorb(phrase);
                }
                touched.Add((existing, phrase.First, phrase.Last));
                // "Contracts for 42 Su-30MKI kits and 71 Mi-17V5 helicopters … were signed": what follows the list is said of every item.
                var said = phrase.FromList ? phrases.Where(other => other.FromList && other.First == phrase.First).Max(other => other.Last)
                    : SharedWithNext(statusReader, tokens, clauses, phrases, phrase) ?? phrase.Last;
                Claim(context, statusReader, existing, sentence.Index, tokens, clauses, phrase.First, said, phrase.StatusInName ?? row?.Status ?? referred,
                    phrase.Bare || phrase.FromList || !phrase.IsSpecific ? null : phrase.Kind, phrase.Bare);
            }
            ClaimPointers(context, statusReader, tokens, clauses, agreements, touched, sentence.Index);
        }
        // An agreement no sentence gives a status is only a topic ("a roadmap for engagement"), not a deal.
        foreach (var agreement in agreements)
        {
            if (agreement.Claims.Count > 0)
            {
                context.Agreements.Add(Write(context, agreement));
            }
        }
    }

    /// <summary>
    /// "the Programme for … 2024-2029, and the Principles of Cooperation in the Arctic, which were signed": a name with
    /// no status of its own, joined by "and" to the next, shares what a plural verb after the next says of both. Returns
    /// the end of the next name, after which that verb is read, or null when the two are not joined that way.
    /// </summary>
    private static int? SharedWithNext(AgreementStatusReader statusReader, TokenizedText tokens, int[] clauses, List<AgreementPhrase> phrases, AgreementPhrase phrase)
    {
        var next = phrases.FirstOrDefault(other => other.First > phrase.Last);
        if (next is null || next.First - phrase.Last > CoordinationGap)
        {
            return null;
        }
        var joint = next.First - 1;
        while (joint > phrase.Last && tokens.IsAny(joint, "the", "a", "an"))
        {
            joint--;
        }
        if (!tokens.Is(joint, "and") || statusReader.Read(tokens, clauses, phrase.First, phrase.Last) is not null)
        {
            return null;
        }
        for (var i = phrase.Last + 1; i < joint; i++)
        {
            if (tokens.IsPunctuation(i, '.') || tokens.IsPunctuation(i, ';') || tokens.IsPunctuation(i, ':') || tokens.IsAny(i, "which", "that", "who"))
            {
                return null;
            }
        }
        return statusReader.Read(tokens, clauses, next.First, next.Last) is { Cue: { } cue } && PluralVerb.Any(verb => cue.StartsWith(verb, StringComparison.OrdinalIgnoreCase))
            ? next.Last
            : null;
    }

    /// <summary>
    /// "five S-400 systems in a $5.43 billion deal": a deal singled out by its amount alone, beside an agreement the
    /// sentence names, is that agreement told again.
    /// </summary>
    private static AgreementPhrase? NamedBeside(AgreementPhrase phrase, List<AgreementPhrase> phrases) =>
        phrase.Name.Contains(' ', StringComparison.Ordinal) || phrase.Aliases.Count > 0 ? null
        : phrases.FirstOrDefault(other => !ReferenceEquals(other, phrase) && other.Last < phrase.First
            && (other.Known is not null || (other.IsSpecific && other.Name.Contains(' ', StringComparison.Ordinal))));

    /// <summary>
    /// A row of an outcomes table is an agreement whatever its words: agreement nouns in its document cell single one
    /// out, and a cell with none ("Free 30-day e-tourist visa") is a commitment named by the cell.
    /// </summary>
    private static void AddRowPhrase(List<AgreementPhrase> phrases, TokenizedText tokens, int first, int last)
    {
        var inCell = false;
        for (var i = 0; i < phrases.Count; i++)
        {
            if (phrases[i].First >= first && phrases[i].First <= last)
            {
                phrases[i] = phrases[i] with { IsSpecific = true };
                inCell = true;
            }
        }
        if (!inCell)
        {
            var name = tokens.TextOf(first, last);
            phrases.Add(new AgreementPhrase(first, last, char.ToUpperInvariant(name[0]) + name[1..], [], AgreementKind.Commitment, true, null));
        }
    }

    /// <summary>
    /// A phrase that names a well-known agreement is marked as that agreement (its name stays the article's words);
    /// an anchor phrase outside any agreement phrase ("the S-400 squadrons") names it too.
    /// </summary>
    private static void Identify(List<AgreementPhrase> phrases, TokenizedText tokens)
    {
        var known = KnownAgreements.Default;
        for (var i = 0; i < phrases.Count; i++)
        {
            if (phrases[i].Known is null && (known.Find(phrases[i].Name) ?? known.Find(phrases[i].Name + " " + Tail(phrases, i, tokens))) is { } entry)
            {
                phrases[i] = Canonical(phrases[i].First, phrases[i].Last, entry, phrases[i].Name, phrases[i].Aliases, phrases[i].StatusInName, phrases[i].Kind);
            }
        }
        foreach (var anchor in known.Anchors.FindAll(tokens))
        {
            // "the logistics pact, known as RELOS": the phrase before is the agreement the anchor names.
            // "the logistics pact, known as RELOS": a phrase its own words already tie to the anchor's agreement still takes the anchor as alias.
            if (NamedAs(phrases, tokens, anchor.First) is { } named && (phrases[named].Known is null || ReferenceEquals(phrases[named].Known, anchor.Value)))
            {
                var alias = tokens.TextOf(anchor.First, anchor.Last);
                phrases[named] = phrases[named] with
                {
                    Known = anchor.Value,
                    Aliases = tokens.IsAcronym(anchor.First) ? [.. phrases[named].Aliases, alias] : phrases[named].Aliases,
                };
                continue;
            }
            if (!phrases.Any(phrase => phrase.First <= anchor.Last && anchor.First <= phrase.Last))
            {
                phrases.Add(Canonical(anchor.First, anchor.Last, anchor.Value, tokens.TextOf(anchor.First, anchor.Last), [], null) with { Bare = true });
            }
        }
    }

    private static readonly string[] NamingWords = ["known", "called", "dubbed", "named", "as", "or", "also", "the", "("];

    private const int MaxNamingGap = 9;

    /// <summary>The comma that opens ", known as" or ", also called" right before an anchor.</summary>
    private static int? NamingClauseBefore(TokenizedText tokens, int anchorFirst)
    {
        var k = anchorFirst - 1;
        if (tokens.Is(k, "as"))
        {
            k--;
        }
        if (!tokens.IsAny(k, "known", "called", "dubbed", "named"))
        {
            return null;
        }
        k--;
        if (tokens.Is(k, "also"))
        {
            k--;
        }
        return tokens.IsPunctuation(k, ',') ? k : null;
    }

    /// <summary>The phrase an anchor renames: "X, known as Y", "X, also called Y", "X (Y)".</summary>
    private static int? NamedAs(List<AgreementPhrase> phrases, TokenizedText tokens, int anchorFirst)
    {
        for (var i = 0; i < phrases.Count; i++)
        {
            var gap = anchorFirst - phrases[i].Last - 1;
            // "The logistics agreement signed in February, known as RELOS": a participle's clause may come between.
            if (gap > 4 && gap <= MaxNamingGap && NamingClauseBefore(tokens, anchorFirst) is { } namingComma
                && Enumerable.Range(phrases[i].Last + 1, namingComma - phrases[i].Last - 1).All(k => !tokens.IsPunctuation(k, ',') && !tokens.IsPunctuation(k, '.'))
                && !phrases.Any(other => other.First > phrases[i].Last && other.Last < anchorFirst))
            {
                return i;
            }
            if (gap < 1 || gap > 4)
            {
                continue;
            }
            var naming = false;
            var only = true;
            for (var k = phrases[i].Last + 1; k < anchorFirst; k++)
            {
                naming |= tokens.IsAny(k, "known", "called", "dubbed", "named") || tokens.IsPunctuation(k, '(');
                only &= tokens.IsPunctuation(k, ',') || tokens.IsPunctuation(k, '(') || tokens.IsAny(k, NamingWords);
            }
            if (naming && only)
            {
                return i;
            }
        }
        return null;
    }

    private const int TailLength = 8;

    /// <summary>
    /// The words right after a name, up to the next agreement or the end of the clause: "a contract for 6,01,427 rifles
    /// to be made by Indo-Russian Rifles" is the AK-203 contract though its name stops at "rifles".
    /// </summary>
    private static string Tail(List<AgreementPhrase> phrases, int index, TokenizedText tokens)
    {
        var from = phrases[index].Last + 1;
        var to = Math.Min(tokens.Count - 1, phrases[index].Last + TailLength);
        for (var k = from; k <= to; k++)
        {
            if (tokens.IsPunctuation(k, '.') || tokens.IsPunctuation(k, ';') || tokens.IsPunctuation(k, ',') || tokens.IsAny(k, "and", "or", "but")
                || phrases.Any(other => other.First <= k && k <= other.Last))
            {
                to = k - 1;
                break;
            }
        }
        return to >= from ? tokens.TextOf(from, to) : string.Empty;
    }

    /// <summary>The phrase as the article says it, known to be <paramref name="entry"/>; an anchor alone is an agreement of the entry's kind.</summary>
    private static AgreementPhrase Canonical(int first, int last, KnownAgreement entry, string said, IReadOnlyList<string> aliases, AgreementStatus? statusInName,
        AgreementKind? kind = null) =>
        new(first, last, said, aliases, kind ?? entry.Kind, true, statusInName, entry);

    private static ArticleAgreement? FirstMatching(List<ArticleAgreement> agreements, AgreementPhrase phrase)
    {
        foreach (var agreement in agreements)
        {
            if (agreement.Matches(phrase))
            {
                return agreement;
            }
        }
        return null;
    }

    /// <summary>
    /// Acronyms already met ("Beyond RELOS, …") and bare "the agreement" near the last named one. Each pointer is
    /// claimed before the next is looked for: a claim moves the agreement's last sentence and covers its tokens.
    /// </summary>
    private void ClaimPointers(ExtractionContext context, AgreementStatusReader statusReader, TokenizedText tokens, int[] clauses,
        List<ArticleAgreement> agreements, List<(ArticleAgreement Agreement, int First, int Last)> touched, int sentenceIndex)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsCovered(touched, i) && tokens.IsAcronym(i) && AliasedBy(agreements, tokens.SpanOf(i)) is { } named)
            {
                touched.Add((named, i, i));
                Claim(context, statusReader, named, sentenceIndex, tokens, clauses, i, i, null, null);
            }
        }
        var recent = MostRecent(agreements, sentenceIndex);
        if (recent is null)
        {
            return;
        }
        foreach (var anaphor in _lexicon.Anaphors.FindAll(tokens))
        {
            if (!IsCovered(touched, anaphor.First) && !IsCovered(touched, anaphor.Last))
            {
                touched.Add((recent, anaphor.First, anaphor.Last));
                Claim(context, statusReader, recent, sentenceIndex, tokens, clauses, anaphor.First, anaphor.Last, null, null);
            }
        }
    }

    private static bool IsCovered(List<(ArticleAgreement Agreement, int First, int Last)> touched, int index)
    {
        foreach (var item in touched)
        {
            if (item.First <= index && index <= item.Last)
            {
                return true;
            }
        }
        return false;
    }

    private static ArticleAgreement? AliasedBy(List<ArticleAgreement> agreements, ReadOnlySpan<char> acronym)
    {
        foreach (var agreement in agreements)
        {
            foreach (var alias in agreement.Aliases)
            {
                if (acronym.SequenceEqual(alias))
                {
                    return agreement;
                }
            }
        }
        return null;
    }

    /// <summary>The agreement named last, if within <see cref="AnaphorReach"/> sentences; the first of equals wins, as MaxBy picks.</summary>
    private static ArticleAgreement? MostRecent(List<ArticleAgreement> agreements, int sentenceIndex)
    {
        ArticleAgreement? recent = null;
        foreach (var agreement in agreements)
        {
            if (sentenceIndex - agreement.LastSentence <= AnaphorReach && (recent is null || agreement.LastSentence > recent.LastSentence))
            {
                recent = agreement;
            }
        }
        return recent;
    }

    private void Claim(ExtractionContext context, AgreementStatusReader statusReader, ArticleAgreement agreement, int sentenceIndex,
        TokenizedText tokens, int[] clauses, int first, int last, AgreementStatus? statusInName, AgreementKind? kind, bool bare = false)
    {
        agreement.AddEvidence(sentenceIndex);
        // "So is RELOS now in force?": a question asks about a status, it does not give one.
        if (context.Sentences[sentenceIndex].Text.TrimEnd().EndsWith('?'))
        {
            return;
        }
        var read = statusReader.Read(tokens, clauses, first, last, bare);
        var status = read?.Status ?? statusInName ?? (bare ? null : ListStatus(context, sentenceIndex) ?? ContinuedStatus(context, sentenceIndex))
            ?? (bare ? null : statusReader.IsDenied(tokens, clauses, last) ? AgreementStatus.Proposed
                : kind is { } k && _lexicon.Defaults.TryGetValue(k, out var byKind) ? byKind : (AgreementStatus?)null);
        if (status is not { } found)
        {
            return;
        }
        // "Moscow's offer … is under discussion": an offer being discussed is still only an offer.
        if (found == AgreementStatus.UnderNegotiation && (kind ?? agreement.Kind) == AgreementKind.Offer)
        {
            found = AgreementStatus.Proposed;
        }
        var earlier = agreement.Claims.FindIndex(claim => claim.Evidence.SentenceIndex == sentenceIndex);
        if (earlier >= 0 && agreement.Claims[earlier].Status >= found)
        {
            return;
        }
        if (earlier >= 0)
        {
            agreement.Claims.RemoveAt(earlier);
        }
        agreement.Claims.Add(new StatusClaim(found, Evidence.Of(context.Sentences[sentenceIndex])));
        if (agreement.Status == found)
        {
            agreement.Date = AgreementDates.For(context, sentenceIndex, tokens, clauses, first, found, read?.Cue) ?? agreement.Date;
            agreement.SummitIndex ??= AgreementDates.SummitOf(context, sentenceIndex, found);
        }
    }

    /// <summary>
    /// "What was signed" above "1. Agreement on …", or "The following were signed:": a list item takes its status from
    /// the heading or the line that introduces its list.
    /// </summary>
    private AgreementStatus? ListStatus(ExtractionContext context, int sentenceIndex)
    {
        var blocks = context.Document.Blocks;
        var item = context.Document.BlockOf(context.Sentences[sentenceIndex]);
        if (item.Kind != BlockKind.ListItem)
        {
            return null;
        }
        var at = item.Index - 1;
        var headings = 0;
        // "Selected documents are listed below. / ## A. Defence / 1. Agreement on …": the list and its section headings
        // hang from the paragraph that introduces them; a heading that gives a status ("Documents signed") gives it first.
        while (at >= 0 && (blocks[at].Kind == BlockKind.ListItem || (blocks[at].Kind == BlockKind.Heading && headings < MaxSectionHeadingsInAList)))
        {
            if (blocks[at].Kind == BlockKind.Heading)
            {
                if (StatusCueIn(blocks[at].Text) is { } fromHeading)
                {
                    return fromHeading;
                }
                headings++;
            }
            at--;
        }
        if (at < 0 || !(blocks[at].Kind == BlockKind.Heading || IntroducesAList(blocks[at].Text)))
        {
            return null;
        }
        return StatusCueIn(blocks[at].Text);
    }

    private const int MaxSectionHeadingsInAList = 4;

    private static readonly string[] ListIntroductions = ["listed below", "list below", "are below", "as follows", "the following", "following documents", "set out below"];

    // "The following documents were signed:", "Selected documents are listed below."
    private static bool IntroducesAList(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith(':') || ListIntroductions.Any(words => trimmed.Contains(words, StringComparison.OrdinalIgnoreCase));
    }

    private AgreementStatus? StatusCueIn(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return _lexicon.CuesAfter.FindAll(tokens) is [var after, ..] ? after.Value
            : _lexicon.CuesBefore.FindAll(tokens) is [var before, ..] ? before.Value
            : null;
    }

    private static readonly string[] DocumentNouns = ["documents", "agreements", "memorandums", "memoranda", "MoUs", "pacts", "accords", "instruments", "deals", "contracts", "outcomes"];

    private static readonly string[] Inclusions = ["include", "included", "includes", "are", "were", "comprise", "comprised", "cover", "covered"];

    /// <summary>
    /// "Other documents include a memorandum on …": "other" points back to the documents the article has already reported,
    /// and what it adds shares their status, the one the article gave last.
    /// </summary>
    private static AgreementStatus? OtherDocumentsStatus(TokenizedText tokens, List<ArticleAgreement> agreements, int sentenceIndex)
    {
        var k = tokens.Is(0, "the") ? 1 : 0;
        if (!tokens.Is(k, "other") || !tokens.IsAny(k + 1, DocumentNouns))
        {
            return null;
        }
        k += 2;
        // "Other documents signed include …"
        if (tokens.IsAny(k, "signed", "concluded", "exchanged", "adopted", "inked"))
        {
            k++;
        }
        if (!tokens.IsAny(k, Inclusions))
        {
            return null;
        }
        StatusClaim? latest = null;
        foreach (var claim in agreements.SelectMany(agreement => agreement.Claims))
        {
            if (claim.Evidence.SentenceIndex < sentenceIndex && (latest is null || claim.Evidence.SentenceIndex > latest.Evidence.SentenceIndex))
            {
                latest = claim;
            }
        }
        return latest?.Status;
    }

    private static readonly string[] ContinuingOpeners = ["among them", "among these", "among those", "among the documents", "these include",
        "these included", "they include", "they included", "those include", "these were", "they were", "others included", "other documents included"];

    /// <summary>
    /// "A package of documents was signed. Among them are memorandums on health care …": a sentence that goes on to
    /// name what the one before it reported takes that sentence's status.
    /// </summary>
    private AgreementStatus? ContinuedStatus(ExtractionContext context, int sentenceIndex)
    {
        if (sentenceIndex == 0)
        {
            return null;
        }
        var text = context.Sentences[sentenceIndex].Text.AsSpan().TrimStart();
        var continues = false;
        foreach (var opener in ContinuingOpeners)
        {
            continues |= text.StartsWith(opener, StringComparison.OrdinalIgnoreCase);
        }
        var goesOn = false;
        foreach (var opener in GoingOnOpeners)
        {
            goesOn |= text.StartsWith(opener, StringComparison.OrdinalIgnoreCase);
        }
        if (!continues && !goesOn)
        {
            return null;
        }
        // "… which they signed on Friday. It is a to-do list rather than a treaty. Then there is the agreement on labour
        // mobility": an account of the documents goes on across a remark or two.
        var reach = goesOn ? GoingOnReach : 1;
        for (var previous = sentenceIndex - 1; previous >= Math.Max(0, sentenceIndex - reach); previous--)
        {
            var tokens = context.TokensOf(previous);
            if (_lexicon.CuesAfter.FindAll(tokens) is [var after, ..])
            {
                return after.Value;
            }
            if (_lexicon.CuesBefore.FindAll(tokens) is [var before, ..])
            {
                return before.Value;
            }
        }
        return null;
    }

    /// <summary>"Then there is the agreement on …", "There was also a memorandum on …": one more of the documents just told.</summary>
    private static readonly string[] GoingOnOpeners = ["then there is", "then there was", "then there are", "then there were", "there is also",
        "there was also", "there are also", "there were also"];

    private const int GoingOnReach = 3;

    private static AgreementMention Write(ExtractionContext context, ArticleAgreement agreement)
    {
        var status = agreement.Status ?? AgreementStatus.Signed;
        var evidence = agreement.Sentences.Select(index => Evidence.Of(context.Sentences[index])).ToArray();
        var themes = context.ThemesOf([agreement.Name]);
        if (themes.Count == 0)
        {
            themes = context.ThemesOf(evidence.Take(1).Select(item => item.Quote));
        }
        var date = agreement.Date ?? (agreement.SummitIndex is { } summit ? context.Summits[summit].Date?.Resolved?.Start : null);
        // A well-known agreement carries its canonical name as an alias, for the merge to find it by.
        var aliases = agreement.Known is { } known && !known.Name.Equals(agreement.Name, StringComparison.OrdinalIgnoreCase)
            ? [.. agreement.Aliases, known.Name]
            : agreement.Aliases.ToArray();
        return new AgreementMention(agreement.Name, aliases, agreement.Kind, status, date, agreement.SummitIndex,
            [.. agreement.Claims], themes, evidence);
    }
}
