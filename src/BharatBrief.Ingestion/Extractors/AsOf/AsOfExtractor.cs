using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.AsOf;

/// <summary>
/// Decides the date an article's relative expressions are read against: the published date when given, else a dated
/// dateline, else the latest date the text mentions in a clause that does not look ahead (a lower bound, which later
/// steps may move forward). A yearless day announced as upcoming ("set to arrive on December 4") dates the story to
/// the weeks before it, because news gives the year only when the event is not imminent.
/// </summary>
public sealed partial class AsOfExtractor : IArticleExtractor
{
    private const int ImminenceDays = 14;

    public void Extract(ExtractionContext context)
    {
        if (context.PublishedOn is { } published)
        {
            context.AsOf = new AsOfDate(published, "published date");
            return;
        }
        if (StampedDate(context) is { } stamped)
        {
            context.AsOf = new AsOfDate(stamped, "published date stated in the text");
            return;
        }
        if (DateLineAtTop(context) is { } filed)
        {
            context.AsOf = new AsOfDate(filed, "date line at the top");
            return;
        }
        var latest = LatestPastDate(context);
        if (DatelineDate(context, latest) is { } dateline)
        {
            context.AsOf = new AsOfDate(dateline, "date in the dateline");
            return;
        }
        if (latest is null)
        {
            return;
        }
        context.AsOf = new AsOfDate(latest, "latest explicit date in text", IsLowerBound: true);
        if (ImminentEvent(context, latest.Value) is { } imminent)
        {
            var weeksBefore = PartialDate.OfDay(imminent.FirstDay.AddDays(-ImminenceDays)).Truncate(DatePrecision.Month);
            context.AsOf = new AsOfDate(weeksBefore, $"announces {imminent} as upcoming, a date given without its year");
        }
    }

    private const int TopSentences = 4;
    private const int MaxDateLineWords = 4;

    /// <summary>
    /// "New Delhi, June 14, 2024", "Friday, 14 June 2024 | Moscow": a line near the top that holds a full date and
    /// nothing but a place or a weekday beside it is the day the story was filed.
    /// </summary>
    private static PartialDate? DateLineAtTop(ExtractionContext context)
    {
        foreach (var sentence in context.Sentences.Take(TopSentences))
        {
            if (context.DatesIn(sentence.Index) is not [{ Expression: AbsoluteDate { Start.Precision: DatePrecision.Day, End: null } date } match])
            {
                continue;
            }
            var text = sentence.Text;
            var start = Math.Clamp(match.Span.Start, 0, text.Length);
            var rest = string.Concat(text.AsSpan(0, start), " ", text.AsSpan(Math.Clamp(match.Span.End, start, text.Length)));
            var words = rest.Split([' ', ',', '|', '–', '—', '-', '·', '•', '/'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length <= MaxDateLineWords && words.All(word => char.IsUpper(word[0])))
            {
                return date.Start;
            }
        }
        return null;
    }

    private static PartialDate? LatestPastDate(ExtractionContext context)
    {
        PartialDate? latest = null;
        foreach (var sentence in context.Sentences)
        {
            foreach (var match in context.DatesIn(sentence.Index))
            {
                if (match.Expression is not AbsoluteDate absolute || OrientationOf(context, sentence.Index, match) == TimeOrientation.Future)
                {
                    continue;
                }
                // A period ("the 2021–2031 programme") dates the text by its start; its end may lie ahead. A fiscal
                // year told in the past ("imports in 2023-24") has ended, so it dates the text by its end.
                var candidate = absolute is { End: { Precision: DatePrecision.Year } end, Start.Precision: DatePrecision.Year } && end.Year == absolute.Start.Year + 1
                    ? end
                    : absolute.Start;
                if (latest is null || candidate.LastDay > latest.Value.LastDay
                    || (candidate.LastDay == latest.Value.LastDay && candidate.Precision > latest.Value.Precision))
                {
                    latest = candidate;
                }
            }
        }
        return latest;
    }

    /// <summary>"Published: 4 September 2019", "By Staff | Updated on Dec 5, 2025": a stamp the page carried, kept in the text.</summary>
    private static PartialDate? StampedDate(ExtractionContext context)
    {
        foreach (var sentence in context.Sentences)
        {
            var found = StampPattern().Match(sentence.Text);
            if (found.Success && context.DatesIn(sentence.Index).FirstOrDefault(date => date.Span.End > found.Index + found.Length)
                    is { Expression: AbsoluteDate { Start.Precision: DatePrecision.Day } stamp })
            {
                return stamp.Start;
            }
        }
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|[|•·]\s*)(?:First\s+)?(?:Published|Updated|Posted|Last\s+updated)(?:\s+on)?\s*[:\-–]?\s", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex StampPattern();

    private static PartialDate? DatelineDate(ExtractionContext context, PartialDate? latest)
    {
        if (context.Document.Dateline is not { } dateline)
        {
            return null;
        }
        foreach (var match in DateGrammar.FindAll(dateline.Text))
        {
            if (DateResolver.Resolve(match.Expression, latest?.Truncate(DatePrecision.Year), TimeOrientation.Unknown) is { } range)
            {
                return range.Start;
            }
        }
        return null;
    }

    private static PartialDate? ImminentEvent(ExtractionContext context, PartialDate lowerBound)
    {
        foreach (var sentence in context.Sentences)
        {
            foreach (var match in context.DatesIn(sentence.Index))
            {
                if (match.Expression is YearlessDate { Day: not null } yearless
                    && OrientationOf(context, sentence.Index, match) == TimeOrientation.Future
                    && DateResolver.Resolve(yearless, lowerBound, TimeOrientation.Future) is { } range
                    && range.Start.FirstDay >= lowerBound.FirstDay)
                {
                    return range.Start;
                }
            }
        }
        return null;
    }

    internal static TimeOrientation OrientationOf(ExtractionContext context, int sentenceIndex, DateMatch match)
    {
        var tokens = context.TokensOf(sentenceIndex);
        var position = TokenIndexAt(tokens, match.Span.Start);
        return position < 0 ? TimeOrientation.Unknown : TenseReader.Default.OrientationAt(tokens, context.ClausesOf(sentenceIndex), position);
    }

    internal static int TokenIndexAt(TokenizedText tokens, int offset)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].End > offset)
            {
                return i;
            }
        }
        return tokens.Count - 1;
    }
}
