using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>
/// Finds the India–Russia leaders' meetings an article reports, announces or recalls: reads each sentence's meeting
/// words, links the sentences that speak of one meeting into one event, reads fact-box rows into the main event, and
/// writes one <see cref="SummitMention"/> per event with all its evidence.
/// </summary>
public sealed class SummitExtractor : IArticleExtractor
{
    private readonly SummitLexicon _lexicon = SummitLexicon.Default;

    public void Extract(ExtractionContext context)
    {
        var reader = new SummitSentenceReader(_lexicon);
        var discourse = new SummitDiscourse { Turns = SpeakerTurns.Read(context) };
        var linker = new EventLinker(context.Gazetteer,
            context.AsOf is { IsStated: true, Value.Precision: DatePrecision.Day } || context.AsOf.StatesItsDayWithoutTheYear);
        var factRows = new List<int>();
        // Reused across sentences: one list per article instead of one per sentence
        var mentions = new List<SentenceMention>();
        var namesBothCountries = NamesBothCountries(context);
        foreach (var sentence in context.Sentences)
        {
            if (FactBoxReader.IsFactRow(context, sentence.Index, _lexicon))
            {
                factRows.Add(sentence.Index);
                continue;
            }
            var series = HasAnnualSummit(linker.Events) ? AnnualSeries.Established : namesBothCountries ? AnnualSeries.OfTheTwoCountries : AnnualSeries.None;
            mentions.Clear();
            reader.Read(context, sentence.Index, discourse, series, mentions);
            foreach (var mention in mentions)
            {
                linker.Link(mention, context.AsOf.Value, context.AsOf.IsLowerBound);
            }
        }
        if (linker.Main is { } main)
        {
            foreach (var row in factRows)
            {
                FactBoxReader.AddTo(main, context, row, _lexicon);
            }
        }
        linker.MergeSameMeetings(context.AsOf.Value, context.Gazetteer);
        RefineAsOf(context, linker);
        var absences = ForumAbsences.Read(context);
        foreach (var articleEvent in linker.Events)
        {
            if (absences.IsSkippedSummit(context, articleEvent))
            {
                continue;
            }
            context.Summits.Add(SummitWriter.Write(context, articleEvent, ReferenceEquals(articleEvent, linker.Main)));
        }
    }

    /// <summary>
    /// An article that names both India and Russia (or their leaders) speaks of their annual summit when it says "the
    /// previous annual summit took place in St Petersburg" without naming the two again.
    /// </summary>
    private static bool NamesBothCountries(ExtractionContext context)
    {
        var (india, russia) = (false, false);
        for (var i = 0; i < context.Sentences.Count && !(india && russia); i++)
        {
            foreach (var name in context.NamesIn(i))
            {
                var country = Sides.CountryOf(name.Value);
                india |= country == "India";
                russia |= country == "Russia";
            }
        }
        return india && russia;
    }

    private static bool HasAnnualSummit(IReadOnlyList<ArticleEvent> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Kind == SummitKind.AnnualSummit)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// When the article dates one meeting both absolutely and relatively ("In 2024" and "last year"), it was written
    /// in the year that makes them agree; that beats the latest-date lower bound.
    /// </summary>
    private static void RefineAsOf(ExtractionContext context, EventLinker linker)
    {
        // "Modi on Friday spoke to Putin", in a story whose latest date is that Friday: the latest date is that of the
        // meeting the article reports as news. "Today" fits any date, so it tells nothing.
        if (context.AsOf is { IsLowerBound: true, IsDateOfTheNews: false, Value: { Precision: DatePrecision.Day } latest } lowerBound
            && linker.Main is { } main && (main.IsCurrent || main.HasStatus(MentionStatus.Held))
            && main.Dated.Any(mention => mention.Date!.Expression is not RelativeDay { Offset: 0 }
                && DateResolver.Resolve(mention.Date.Expression, latest, TimeOrientation.Past) is { End: null } range && range.Start == latest))
        {
            context.AsOf = lowerBound with { Basis = AsOfDate.LatestIsNewsOfTheMeeting };
        }
        if (!context.AsOf.IsLowerBound || linker.ImpliedAsOfYear is not { } year || context.AsOf.Value is not { } bound || year <= bound.Year)
        {
            return;
        }
        context.AsOf = new AsOfDate(PartialDate.OfYear(year), $"a meeting dated both absolutely and relative to the article puts it in {year}");
            }
}
