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
        foreach (var sentence in context.Sentences)
        {
            var tokens = context.TokensOf(sentence.Index);
            HashSet<int>? dateTokens = null;
            var phrases = reader.Read(tokens, context.NamesIn(sentence.Index), index => (dateTokens ??= DateTokens(context, sentence.Index, tokens)).Contains(index));
            if (phrases.Count == 0 && agreements.Count == 0)
            {
                continue;
            }
            var clauses = ClauseSplitter.ClauseOf(tokens);
            phrases.AddRange(ExamplePhrases.Read(tokens, context.NamesIn(sentence.Index), phrases));
            var touched = new List<(ArticleAgreement Agreement, int First, int Last)>();
            foreach (var phrase in phrases)
            {
                var existing = agreements.FirstOrDefault(agreement => agreement.Matches(phrase));
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
            foreach (var (agreement, first, last) in Pointers(tokens, agreements, touched, sentence.Index))
            {
                touched.Add((agreement, first, last));
                Claim(context, statusReader, agreement, sentence.Index, tokens, clauses, first, last, null, null);
            }
        }
        // An agreement no sentence gives a status is only a topic ("a roadmap for engagement"), not a deal.
        foreach (var agreement in agreements.Where(agreement => agreement.Claims.Count > 0))
        {
            context.Agreements.Add(Write(context, agreement));
        }
    }

    private static HashSet<int> DateTokens(ExtractionContext context, int sentenceIndex, TokenizedText tokens)
    {
        var indexes = new HashSet<int>();
        foreach (var match in context.DatesIn(sentenceIndex))
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Start >= match.Span.Start && tokens[i].End <= match.Span.End)
                {
                    indexes.Add(i);
                }
            }
        }
        return indexes;
    }

    /// <summary>Acronyms already met ("Beyond RELOS, …") and bare "the agreement" near the last named one.</summary>
    private IEnumerable<(ArticleAgreement, int, int)> Pointers(TokenizedText tokens, List<ArticleAgreement> agreements,
        List<(ArticleAgreement Agreement, int First, int Last)> touched, int sentenceIndex)
    {
        bool Covered(int index) => touched.Any(item => item.First <= index && index <= item.Last);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Covered(i) && tokens.IsAcronym(i)
                && agreements.FirstOrDefault(agreement => agreement.Aliases.Contains(tokens.TextOf(i), StringComparer.Ordinal)) is { } named)
            {
                yield return (named, i, i);
            }
        }
        var recent = agreements.Where(agreement => sentenceIndex - agreement.LastSentence <= AnaphorReach).MaxBy(agreement => agreement.LastSentence);
        if (recent is null)
        {
            yield break;
        }
        foreach (var anaphor in _lexicon.Anaphors.FindAll(tokens))
        {
            if (!Covered(anaphor.First) && !Covered(anaphor.Last))
            {
                yield return (recent, anaphor.First, anaphor.Last);
            }
        }
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
        return _lexicon.CuesAfter.FindAll(tokens).Concat(_lexicon.CuesBefore.FindAll(tokens)).Select(cue => (AgreementStatus?)cue.Value).FirstOrDefault();
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
