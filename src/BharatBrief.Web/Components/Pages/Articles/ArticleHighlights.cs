using BharatBrief.Data.Entities;
using BharatBrief.Web.Formatting;

namespace BharatBrief.Web.Components.Pages.Articles;

/// <summary>What the article page marks in the text: people, places and other names; agreements by their names; the dateline; and which sentences are evidence.</summary>
public static class ArticleHighlights
{
    public static IEnumerable<BodyHighlight> Of(ArticleDetail article)
    {
        foreach (var entity in article.Entities)
        {
            yield return new BodyHighlight(entity.Start, entity.Length, $"entity {entity.Kind}",
                SiteLinks.Search($"\"{entity.Name}\""), $"{EntityLabel(entity.Kind)}: {entity.Name}");
        }
        foreach (var (evidence, agreement, found) in AgreementSpans(article))
        {
            if (found is { } span && agreement.Slug is { } slug)
            {
                yield return new BodyHighlight(evidence.Start + span.Start, span.Length, "agreement", SiteLinks.Agreement(slug),
                    $"Agreement: {agreement.MergedName ?? agreement.Name}");
            }
        }
        if (article.Outline.Dateline is { } dateline)
        {
            yield return new BodyHighlight(dateline.Start, dateline.Length, "dateline", null, null);
        }
    }

    /// <summary>
    /// Links after sentences: each summit after the first sentence that mentions it, and each agreement whose name
    /// the sentence does not spell out (so it could not be highlighted in place).
    /// </summary>
    public static Dictionary<int, List<FactLink>> Facts(ArticleDetail article)
    {
        var facts = new Dictionary<int, List<FactLink>>();
        // The title is the page's heading: links go after the first sentence of the text itself.
        var title = article.Outline.Sentences.Select((sentence, index) => (sentence, index))
            .Where(pair => pair.sentence.Block >= 0 && pair.sentence.Block < article.Outline.Blocks.Count && article.Outline.Blocks[pair.sentence.Block].Kind == "title")
            .Select(pair => pair.index).ToHashSet();
        foreach (var summit in article.Summits.Where(s => s.Slug is not null).DistinctBy(s => s.Slug))
        {
            var first = article.Summits.Where(s => s.Slug == summit.Slug).SelectMany(s => s.Evidence).Where(e => !title.Contains(e.Sentence)).MinBy(e => e.Sentence);
            if (first is not null)
            {
                Add(facts, first.Sentence, new FactLink(summit.Title!, SiteLinks.Summit(summit.Slug!), "summit"));
            }
        }
        foreach (var group in AgreementSpans(article).Where(a => a.Agreement.Slug is not null).GroupBy(a => a.Agreement.Slug))
        {
            var first = group.Where(a => !title.Contains(a.Evidence.Sentence)).OrderBy(a => a.Evidence.Sentence).FirstOrDefault();
            if (group.All(a => a.Found is null) && first.Agreement is { } agreement)
            {
                Add(facts, first.Evidence.Sentence, new FactLink(agreement.MergedName ?? agreement.Name, SiteLinks.Agreement(agreement.Slug!), "agreement"));
            }
        }
        return facts;
    }

    /// <summary>Every sentence that is evidence of a summit, an agreement or a figure.</summary>
    public static HashSet<int> Evidence(ArticleDetail article) =>
    [
        .. article.Summits.SelectMany(s => s.Evidence).Select(e => e.Sentence),
        .. article.Agreements.SelectMany(a => a.Evidence).Select(e => e.Sentence),
        .. article.Figures.Select(f => f.Evidence.Sentence),
    ];

    /// <summary>Where each agreement's name or an alias stands in each of its evidence sentences (longest name first).</summary>
    private static IEnumerable<(StoredEvidence Evidence, AgreementInArticle Agreement, (int Start, int Length)? Found)> AgreementSpans(ArticleDetail article)
    {
        foreach (var agreement in article.Agreements)
        {
            string[] names = [.. new[] { agreement.Name }.Concat(agreement.Aliases).Where(n => n.Length > 1).OrderByDescending(n => n.Length)];
            foreach (var evidence in agreement.Evidence)
            {
                if (evidence.Start < 0 || evidence.Start + evidence.Length > article.Body.Length)
                {
                    continue;
                }
                var sentence = article.Body.AsSpan(evidence.Start, evidence.Length);
                (int, int)? found = null;
                foreach (var name in names)
                {
                    var at = sentence.IndexOf(name, StringComparison.OrdinalIgnoreCase);
                    if (at >= 0)
                    {
                        found = (at, name.Length);
                        break;
                    }
                }
                yield return (evidence, agreement, found);
            }
        }
    }

    private static void Add(Dictionary<int, List<FactLink>> facts, int sentence, FactLink link)
    {
        if (!facts.TryGetValue(sentence, out var links))
        {
            facts[sentence] = links = [];
        }
        links.Add(link);
    }

    public static string EntityLabel(string kind) => kind switch
    {
        "person" => "Person",
        "place" => "Place",
        "venue" => "Venue",
        "organization" => "Organisation",
        "forum" => "Forum",
        _ => kind,
    };
}
