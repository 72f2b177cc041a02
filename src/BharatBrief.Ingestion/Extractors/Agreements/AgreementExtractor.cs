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
            var phrases = reader.Read(tokens, context.NamesIn(sentence.Index), context.DatesIn(sentence.Index));
            if (phrases.Count == 0 && agreements.Count == 0)
            {
                continue;
            }
            var clauses = context.ClausesOf(sentence.Index);
            ExamplePhrases.AddTo(phrases, tokens, context.NamesIn(sentence.Index));
            touched.Clear();
            foreach (var phrase in phrases)
            {
                var existing = FirstMatching(agreements, phrase);
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
                Claim(context, statusReader, existing, sentence.Index, tokens, clauses, phrase.First, phrase.Last, phrase.StatusInName, phrase.Kind);
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
        TokenizedText tokens, int[] clauses, int first, int last, AgreementStatus? statusInName, AgreementKind? kind)
    {
        agreement.AddEvidence(sentenceIndex);
        var read = statusReader.Read(tokens, clauses, first, last);
        var status = read?.Status ?? statusInName ?? ListStatus(context, sentenceIndex)
            ?? (statusReader.IsDenied(tokens, clauses, last) ? AgreementStatus.Proposed
                : kind is { } k && _lexicon.Defaults.TryGetValue(k, out var byKind) ? byKind : (AgreementStatus?)null);
        if (status is not { } found)
        {
            return;
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
        while (at >= 0 && blocks[at].Kind == BlockKind.ListItem)
        {
            at--;
        }
        if (at < 0 || !(blocks[at].Kind == BlockKind.Heading || blocks[at].Text.TrimEnd().EndsWith(':')))
        {
            return null;
        }
        var tokens = Tokenizer.Tokenize(blocks[at].Text);
        return _lexicon.CuesAfter.FindAll(tokens) is [var after, ..] ? after.Value
            : _lexicon.CuesBefore.FindAll(tokens) is [var before, ..] ? before.Value
            : null;
    }

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
        return new AgreementMention(agreement.Name, [.. agreement.Aliases], agreement.Kind, status, date, agreement.SummitIndex,
            [.. agreement.Claims], themes, evidence);
    }
}
