using System.Globalization;
using System.Text.RegularExpressions;
using BharatBrief.Ingestion;
using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Data.Tests.Support;

/// <summary>
/// A stand-in for the pipeline that reads facts from directive lines, so store tests control exactly which mentions
/// an article has. Every line is a block and a sentence; the first is the title. Directives:
/// <code>
/// @summit city=Moscow date=2024-07 status=held kind=annual-summit ordinal=22 themes=defence,energy
/// @agreement name="Reciprocal Exchange of Logistic Support" aliases=RELOS status=signed kind=agreement date=2025
/// @figure what="bilateral trade" value="65 billion USD" amount=65 unit=USD
/// @themes defence=0.6 energy=0.4
/// @asof 2025-05
/// </code>
/// An article is about India and Russia when it names both.
/// </summary>
public static partial class ScriptedParser
{
    public static ParsedArticle Parse(ArticleSource source)
    {
        var text = source.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var blocks = new List<DocumentBlock>();
        var sentences = new List<DocumentSentence>();
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                var span = new TextSpan(start, line.Length);
                blocks.Add(new DocumentBlock(blocks.Count, blocks.Count == 0 ? BlockKind.Title : BlockKind.Paragraph, span, line.Trim(), -1));
                sentences.Add(new DocumentSentence(sentences.Count, blocks.Count - 1, span, line.Trim()));
            }
            start += line.Length + 1;
        }
        var title = sentences.Count > 0 ? sentences[0].Text : "Untitled";
        var document = new ArticleDocument(text, title, false, sentences.Count > 1 ? sentences[1].Text : null, null, blocks, sentences, [], [], [], source.Metadata ?? FrontMatter.Empty);

        var summits = new List<SummitMention>();
        var agreements = new List<AgreementMention>();
        var figures = new List<FigureMention>();
        var themes = new List<ThemeWeight>();
        var asOf = AsOfDate.Unknown;
        foreach (var sentence in sentences.Where(s => s.Text.StartsWith('@')))
        {
            var evidence = Evidence.Of(sentence);
            var directive = sentence.Text.Split(' ', 2)[0];
            var values = Values(sentence.Text);
            switch (directive)
            {
                case "@summit":
                    summits.Add(Summit(values, evidence));
                    break;
                case "@agreement":
                    agreements.Add(Agreement(values, evidence));
                    break;
                case "@figure":
                    figures.Add(new FigureMention(FigureKind.Money, values["what"], values["value"], decimal.Parse(values.GetValueOrDefault("amount", "1"), CultureInfo.InvariantCulture), null, values.GetValueOrDefault("unit", "USD"), null, evidence));
                    break;
                case "@themes":
                    themes.AddRange(values.Select(pair => new ThemeWeight(pair.Key, double.Parse(pair.Value, CultureInfo.InvariantCulture))));
                    break;
                case "@asof":
                    asOf = new AsOfDate(PartialDate.Parse(sentence.Text.Split(' ')[1]), "stated in the test article");
                    break;
            }
        }
        var about = text.Contains("India", StringComparison.Ordinal) && text.Contains("Russia", StringComparison.Ordinal);
        return new ParsedArticle(Slugifier.Slugify(title), title, source.Format, source.SourceName, ArticlePipeline.HashOf(source.Text), null, asOf,
            text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, document, summits, agreements, themes, figures, [], about, []);
    }

    private static SummitMention Summit(Dictionary<string, string> values, Evidence evidence)
    {
        Slugs.TryParse(values.GetValueOrDefault("kind", "meeting"), out SummitKind kind);
        Slugs.TryParse(values.GetValueOrDefault("status", "held"), out SummitStatus status);
        var date = values.TryGetValue("date", out var iso)
            ? new MentionDate(iso, TimeOrientation.Past, new DateRange(PartialDate.Parse(iso), values.TryGetValue("end", out var end) ? PartialDate.Parse(end) : null), false)
            : null;
        return new SummitMention(kind, status, date, values.GetValueOrDefault("city"), values.GetValueOrDefault("country"), values.GetValueOrDefault("venue"),
            values.GetValueOrDefault("forum"), values.TryGetValue("ordinal", out var ordinal) ? int.Parse(ordinal, CultureInfo.InvariantCulture) : null,
            ["Narendra Modi", "Vladimir Putin"], values.ContainsKey("latest"), [evidence], List(values, "themes"));
    }

    private static AgreementMention Agreement(Dictionary<string, string> values, Evidence evidence)
    {
        Slugs.TryParse(values.GetValueOrDefault("kind", "agreement"), out AgreementKind kind);
        Slugs.TryParse(values.GetValueOrDefault("status", "signed"), out AgreementStatus status);
        return new AgreementMention(values["name"], List(values, "aliases"), kind, status,
            values.TryGetValue("date", out var date) ? PartialDate.Parse(date) : null,
            values.TryGetValue("summit", out var summit) ? int.Parse(summit, CultureInfo.InvariantCulture) : null,
            [new StatusClaim(status, evidence)], List(values, "themes"), [evidence]);
    }

    private static string[] List(Dictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var list) ? list.Split(',', StringSplitOptions.RemoveEmptyEntries) : [];

    private static Dictionary<string, string> Values(string line) =>
        Pair().Matches(line).ToDictionary(match => match.Groups[1].Value, match => match.Groups[2].Value.Trim('"'));

    [GeneratedRegex("""([\w-]+)=("[^"]*"|\S+)""")]
    private static partial Regex Pair();
}
