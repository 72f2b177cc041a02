using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>Reads the meetings one sentence reports, each with what the sentence says of its kind, place, date, status and leaders.</summary>
internal sealed class SummitSentenceReader(SummitLexicon lexicon)
{
    /// <param name="series">
    /// Established once the article has named an India–Russia annual summit: "the previous summit" then needs no leaders
    /// named to belong to the series. Of the two countries when the article names both: "the previous annual summit"
    /// (said as annual, or numbered) needs no leaders named either, but a bare "the summit" may be a forum's.
    /// </param>
    /// <param name="mentions">Receives the sentence's meetings, in the order of their meeting words.</param>
    public void Read(ExtractionContext context, int sentenceIndex, SummitDiscourse discourse, AnnualSeries series, List<SentenceMention> mentions)
    {
        try
        {
            ReadSentence(context, sentenceIndex, discourse, series, mentions);
        }
        finally
        {
            // What the sentence states in full is the narrative's year for the sentences after it.
            discourse.StoryYear = context.DatesIn(sentenceIndex).Select(date => date.StatedYear).LastOrDefault(year => year is not null) ?? discourse.StoryYear;
            discourse.StoryMonth = MonthPlacedInAYear(context, sentenceIndex) ?? discourse.StoryMonth;
            if (context.DatesIn(sentenceIndex) is { Count: > 0 } stated)
            {
                discourse.StoryDay = stated[^1] is { Expression: AbsoluteDate { Start.Precision: DatePrecision.Day, End: null } or YearlessDate { Day: not null, EndMonth: null, EndDay: null } } day ? day : null;
            }
            if (mentions.Count > 0)
            {
                discourse.LastKind = mentions[^1].Kind;
            }
        }
    }

    /// <summary>The last month the sentence places in a year of its own ("in July 2024") or one counted from the article's ("December last year").</summary>
    private static (int Year, int Month, int SentenceIndex)? MonthPlacedInAYear(ExtractionContext context, int sentenceIndex)
    {
        (int Year, int Month, int SentenceIndex)? placed = null;
        var text = context.Sentences[sentenceIndex].Text;
        foreach (var date in context.DatesIn(sentenceIndex))
        {
            if (!Extractors.Dates.DateRoles.IsEvent(text, date))
            {
                continue;
            }
            if (date.Expression is AbsoluteDate { Start: { Month: { } month } start, End: null })
            {
                placed = (start.Year, month, sentenceIndex);
            }
            else if (date.Expression is YearlessDate { YearOffset: not null, EndMonth: null }
                && DateResolver.Resolve(date.Expression, context.AsOf.Value, TimeOrientation.Unknown) is { End: null, Start: { Month: { } counted } resolved })
            {
                placed = (resolved.Year, counted, sentenceIndex);
            }
        }
        return placed;
    }

    private void ReadSentence(ExtractionContext context, int sentenceIndex, SummitDiscourse discourse, AnnualSeries series, List<SentenceMention> mentions)
    {
        // A date among the title lines dates the article, not a section: only headings after the story has begun frame one.
        if (context.Document.BlockOf(context.Sentences[sentenceIndex]).Kind == BlockKind.Heading)
        {
            discourse.SectionFrame = discourse.StoryBegun && HeadingDate(context, sentenceIndex) is { } heading ? MentionDateFinder.Fixed(heading, context.AsOf.Value) : null;
            discourse.SectionListsCalls = NamesCalls(context.TokensOf(sentenceIndex));
        }
        else
        {
            discourse.StoryBegun |= context.Document.BlockOf(context.Sentences[sentenceIndex]).Kind is BlockKind.Paragraph or BlockKind.Lede or BlockKind.ListItem;
        }
        var names = context.NamesIn(sentenceIndex);
        var triggers = TriggerFinder.Find(lexicon, context.TokensOf(sentenceIndex), names, ListOfDaysAt(context, sentenceIndex));
        var elided = discourse.SentenceBeforeCountsCalls ? SummitKind.PhoneCall : SummitKind.AnnualSummit;
        discourse.SentenceBeforeCountsCalls = CountsCalls(context.TokensOf(sentenceIndex), triggers);
        if (series != AnnualSeries.None || elided == SummitKind.PhoneCall)
        {
            AddEllipticalOrdinals(context, sentenceIndex, triggers, elided);
        }
        // "– Modi reiterated the call for dialogue": a call word of the item's own does not make it less of a listed call.
        if (discourse.SectionListsCalls && triggers.TrueForAll(trigger => trigger.Value.Kind == SummitKind.PhoneCall))
        {
            AddCallListedByItsDay(context, sentenceIndex, triggers);
        }
        if (triggers.Count == 0)
        {
            AddEntryHead(context, sentenceIndex, triggers);
        }
        AddJointDeliberation(context, sentenceIndex, triggers, elided == SummitKind.PhoneCall ? SummitKind.PhoneCall : SummitKind.Meeting);
        if (discourse.LastKind == SummitKind.PhoneCall)
        {
            AddCallsRepeated(context.TokensOf(sentenceIndex), triggers);
        }
        AddEarlierMeetings(context, sentenceIndex, triggers);
        if (triggers.Count == 0 && context.DatesIn(sentenceIndex).Count == 0)
        {
            var tokens = context.TokensOf(sentenceIndex);
            foreach (var name in names)
            {
                if (name.Value is Person person && LeaderTitles.ActsAsHead(tokens, name))
                {
                    discourse.Saw(person);
                }
            }
            return;
        }
        discourse.AnnualSeriesNamed = series == AnnualSeries.Established;
        var view = new SentenceView(context, sentenceIndex, triggers);
        if (MentionDateFinder.SentenceFrame(view) is { } frame)
        {
            discourse.SetFrame(view.BlockIndex, frame);
        }
        else if (EntryLabel(context, sentenceIndex) is { } label)
        {
            discourse.SetFrame(view.BlockIndex, label.Date);
            if (label.Place is { } labelPlace)
            {
                discourse.SetLabelPlace(view.BlockIndex, labelPlace);
            }
        }
        if (ForumSummitNamed(names, context.Sentences[sentenceIndex].Text) is { } forumSummit)
        {
            discourse.SawForumSummit(forumSummit.Forum, forumSummit.City, view.BlockIndex, context.DatesIn(sentenceIndex).Select(date => date.StatedYear).FirstOrDefault(year => year is not null));
        }
        if (triggers.Count > 0)
        {
            var cues = StatusFinder.AssignCues(view);
            var read = new List<SentenceMention>(triggers.Count);
            // "No bilateral meeting between Modi and Putin was scheduled at the BRICS summit": the forum's summit is only
            // where the meeting denied would have been.
            var negated = triggers.FindIndex(trigger => trigger.Value.Kind != SummitKind.Multilateral && TriggerFeatures.IsNegated(lexicon, view, trigger));
            foreach (var trigger in triggers)
            {
                var settingOfTheNegated = negated >= 0 && trigger.First > triggers[negated].Last && trigger.Value.Kind == SummitKind.Multilateral
                    && view.SameClause(triggers[negated].Last, trigger.First);
                if (!settingOfTheNegated && !TriggerFeatures.IsDenied(lexicon, view, trigger) && !IsHypothetical(view, trigger)
                    && !context.Claims.Covers(sentenceIndex, view.Tokens[trigger.First].Start) && !IsOnlyWhenAnotherWasHeld(view, trigger))
                {
                    read.Add(ReadOne(view, trigger, cues, discourse));
                }
            }
            TakeLeadersOfTheLaterMeeting(triggers, read);
            PlanTheNextStepOfAPlan(view, read);
            PlanWhatAProgrammeIncludes(view, read);
            TakeTheRowsDateAndPlace(lexicon, view, read);
            AddOccurrencesOnListedDays(view, read);
            AddMeetingsInListedPlaces(view, read);
            JoinInvitationsToTheirMeeting(view, read);
            MergeWithinSentence(read, mentions, context.Gazetteer);
            JoinAcrossCopulas(view, mentions);
            AskedOnlyPointsBack(context, sentenceIndex, mentions);
            var kept = 0;
            for (var i = 0; i < mentions.Count; i++)
            {
                var mention = mentions[i];
                if (mention.IsAnaphor || Qualifies(view, mention) || (series != AnnualSeries.None && IsOfTheSeries(view, mention, series)))
                {
                    mentions[kept++] = mention;
                }
            }
            mentions.RemoveRange(kept, mentions.Count - kept);
        }
        foreach (var name in names)
        {
            if (name.Value is Person person && LeaderTitles.ActsAsHead(view.Tokens, name))
            {
                discourse.Saw(person);
            }
        }
    }

    private const int MaxLabelWords = 6;

    private static readonly string[] LabelJoiners =
        ["near", "of", "the", "in", "outside", "shipyard", "port", "resort", "palace", "airport", "base", "plant", "station", "island", "residence", "estate", "hall"];

    /// <summary>
    /// "*New Delhi, December 24, 2012.*", "Zvezda shipyard, near Vladivostok, September 2019.": a caption or an entry
    /// that opens with a place and a date and nothing else gives them to the meetings its block tells of.
    /// </summary>
    private static (DateMatch Date, Named? Place)? EntryLabel(ExtractionContext context, int sentenceIndex)
    {
        var sentence = context.Sentences[sentenceIndex];
        var opensBlock = sentenceIndex == 0 || context.Sentences[sentenceIndex - 1].BlockIndex != sentence.BlockIndex
            || (sentenceIndex >= 2 && context.Sentences[sentenceIndex - 2].BlockIndex != sentence.BlockIndex && IsNumberMarker(context.Sentences[sentenceIndex - 1].Text));
        if (!opensBlock || context.DatesIn(sentenceIndex) is not [{ Expression: AbsoluteDate { Start.Precision: >= DatePrecision.Month, End: null } } date])
        {
            return null;
        }
        var text = sentence.Text;
        var after = text[Math.Min(text.Length, date.Span.End)..].Trim();
        if (after.Length > 1 || (after.Length == 1 && after[0] is not ('.' or ':')))
        {
            return null;
        }
        var before = text[..Math.Clamp(date.Span.Start, 0, text.Length)];
        var words = before.Split([' ', ',', '*', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !(word.TrimEnd('.').Length > 0 && word.TrimEnd('.').All(char.IsDigit))).ToArray();
        // "October 2000. Newly elected President Putin …": a caption's date alone labels it too.
        if (words.Length == 0 && string.IsNullOrWhiteSpace(before))
        {
            return (date, null);
        }
        if (words.Length is 0 or > MaxLabelWords || !before.TrimEnd().EndsWith(',')
            || !words.All(word => char.IsUpper(word[0]) || LabelJoiners.Contains(word, StringComparer.Ordinal)))
        {
            return null;
        }
        var place = context.NamesIn(sentenceIndex).Select(name => name.Value).FirstOrDefault(named => named is City or Venue);
        return (date, place);
    }

    private static bool IsNumberMarker(string text) => text.Trim().TrimEnd('.', ')').Trim('*').TrimEnd('.', ')') is { Length: > 0 and <= 3 } number && number.All(char.IsDigit);

    private const int MaxWordsBesideAHeadingDate = 3;

    /// <summary>"FRIDAY 5", "Day two: 5 December", "Kazan, 22 October 2024": a heading that is mostly a date dates its section.</summary>
    private static DateMatch? HeadingDate(ExtractionContext context, int sentenceIndex)
    {
        if (context.DatesIn(sentenceIndex) is [] && MonthAlone(context.Sentences[sentenceIndex].Text) is { } month)
        {
            return month;
        }
        if (context.DatesIn(sentenceIndex) is not [var date] || date.Expression is StoryYear)
        {
            return null;
        }
        var text = context.Sentences[sentenceIndex].Text;
        var outside = text[..date.Span.Start] + " " + text[(date.Span.Start + date.Span.Length)..];
        var words = outside.Split([' ', ',', ':', '-', '–', '.', '|'], StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= MaxWordsBesideAHeadingDate ? date : null;
    }

    /// <summary>A heading that is a month's name and nothing else ("June" over a review's entries for that month).</summary>
    private static DateMatch? MonthAlone(string heading)
    {
        var name = heading.Trim().TrimEnd(':', '.');
        return name.Length > 2 && !name.Contains(' ') && char.IsUpper(name[0]) && DateGrammar.ParseExact(name) is YearlessDate { Day: null, EndMonth: null } month
            ? new DateMatch(new TextSpan(heading.IndexOf(name, StringComparison.Ordinal), name.Length), name, month)
            : null;
    }

    private const int MaxEntryHeadWords = 5;

    private static readonly string[] CallHeadingWords = ["calls", "conversations", "telephone", "phone", "telephonic"];

    /// <summary>"Telephone conversations", "Phone calls", "2 Calls with Putin": a heading over a list of calls.</summary>
    private static bool NamesCalls(TokenizedText heading)
    {
        var calls = false;
        for (var i = 0; i < heading.Count; i++)
        {
            calls |= heading.IsAny(i, CallHeadingWords);
        }
        return calls && heading.Count <= MaxCallHeadingWords;
    }

    private const int MaxCallHeadingWords = 8;

    /// <summary>
    /// "- 16 December 2022 – Modi reiterated the call for dialogue." under "Telephone conversations": an item of the list
    /// that opens with its day is one call on that day, whatever the item goes on to say of it.
    /// </summary>
    private static void AddCallListedByItsDay(ExtractionContext context, int sentenceIndex, List<PhraseMatch<TriggerWord>> triggers)
    {
        if (context.Document.BlockOf(context.Sentences[sentenceIndex]).Kind is not (BlockKind.ListItem or BlockKind.TableRow)
            || context.DatesIn(sentenceIndex) is not [{ Expression: AbsoluteDate { Start.Precision: DatePrecision.Day, End: null } or YearlessDate { Day: not null, EndMonth: null } } date, ..]
            || date.Span.Start > MaxOffsetOfAnItemsDay)
        {
            return;
        }
        var tokens = context.TokensOf(sentenceIndex);
        var at = Extractors.AsOf.AsOfExtractor.TokenIndexAt(tokens, date.Span.Start);
        triggers.Clear();
        triggers.Add(new PhraseMatch<TriggerWord>(at, at, new TriggerWord(SummitKind.PhoneCall, false, false, false, IsEntryHead: true)));
    }

    private const int MaxOffsetOfAnItemsDay = 4;

    /// <summary>
    /// "ii. 2 March, phone.", "v. 16 September, in person, Samarkand.": the head of an entry in a list of contacts gives
    /// the day and how the leaders met, with no verb and no names.
    /// </summary>
    private static void AddEntryHead(ExtractionContext context, int sentenceIndex, List<PhraseMatch<TriggerWord>> triggers)
    {
        if (context.DatesIn(sentenceIndex) is not [{ Expression: AbsoluteDate { Start.Precision: DatePrecision.Day } or YearlessDate { Day: not null } } date])
        {
            return;
        }
        var tokens = context.TokensOf(sentenceIndex);
        var first = Extractors.AsOf.AsOfExtractor.TokenIndexAt(tokens, date.Span.Start);
        var last = Extractors.AsOf.AsOfExtractor.TokenIndexAt(tokens, date.Span.End - 1);
        if (first > 2 || !tokens.IsPunctuation(last + 1, ',') || tokens.Count - last - 2 > MaxEntryHeadWords + 2)
        {
            return;
        }
        for (var i = last + 2; i < tokens.Count; i++)
        {
            SummitKind? kind = tokens.IsAny(i, "phone", "telephone", "video", "videoconference") ? SummitKind.PhoneCall
                : tokens.Is(i, "person") && tokens.Is(i - 1, "in") ? SummitKind.Meeting
                : null;
            if (kind is { } found)
            {
                triggers.Add(new PhraseMatch<TriggerWord>(i, i, new TriggerWord(found, false, false, false, IsEntryHead: true)));
                return;
            }
            if (tokens[i].IsWord && !tokens.Is(i, "in") && !char.IsUpper(tokens.SpanOf(i)[0]))
            {
                return;
            }
        }
    }

    private const int WordsFromFirstToMeeting = 4;

    /// <summary>
    /// "the leaders' first meeting since they shared a car ride in Tianjin in September", "their first in-person talks
    /// since July 2024": a first meeting counted from a date says that the leaders met then. The clause after "since"
    /// must date it and name no meeting of its own (a named one, "since the SCO summit in Samarkand", is read as such).
    /// A visit counted so ("his first visit since 2021") may have been anyone's, and is left alone.
    /// </summary>
    private static void AddEarlierMeetings(ExtractionContext context, int sentenceIndex, List<PhraseMatch<TriggerWord>> triggers)
    {
        if (triggers.Count == 0)
        {
            return;
        }
        var tokens = context.TokensOf(sentenceIndex);
        var sentence = context.Sentences[sentenceIndex].Text;
        foreach (var trigger in triggers.ToList())
        {
            var since = trigger.Last + 1;
            if (trigger.Value.Kind is SummitKind.StateVisit || trigger.Value.IsInvitation || !tokens.Is(since, "since") || !SaysFirstBefore(tokens, trigger.First))
            {
                continue;
            }
            var clauseEnd = since + 1;
            while (clauseEnd < tokens.Count && !tokens.IsPunctuation(clauseEnd, ',') && !tokens.IsPunctuation(clauseEnd, ';') && !tokens.IsPunctuation(clauseEnd, '.'))
            {
                clauseEnd++;
            }
            var datesTheClause = context.DatesIn(sentenceIndex).Any(date =>
                Extractors.AsOf.AsOfExtractor.TokenIndexAt(tokens, date.Span.Start) is var at && at > since && at < clauseEnd
                && date.Expression is not RelativeYear
                // "since 2019": the year a span counts from is, here, the year the leaders met.
                && (at == since + 1 || Extractors.Dates.DateRoles.IsEvent(sentence, date)));
            // "their first meeting since Modi was re-elected … last month": the clause must tell of the leaders meeting.
            var tellsOfMeeting = Enumerable.Range(since + 1, Math.Max(0, clauseEnd - since - 1)).Any(i => tokens.IsAny(i, MeetingVerbs))
                || context.DatesIn(sentenceIndex).Any(date => Extractors.AsOf.AsOfExtractor.TokenIndexAt(tokens, date.Span.Start) == since + 1);
            if (since + 1 >= clauseEnd || !datesTheClause || !tellsOfMeeting || triggers.Exists(other => other.First > since && other.First < clauseEnd))
            {
                continue;
            }
            var kind = trigger.Value.Kind is SummitKind.AnnualSummit or SummitKind.InformalSummit ? trigger.Value.Kind : SummitKind.Meeting;
            triggers.Add(new PhraseMatch<TriggerWord>(since + 1, since + 1, new TriggerWord(kind, false, false, false, IsEarlierMeeting: true)));
        }
        triggers.Sort((a, b) => a.First.CompareTo(b.First));
    }

    private static readonly string[] MeetingVerbs = ["met", "meet", "spoke", "talked", "visited", "hosted", "received", "shared", "rode", "hugged", "sat"];

    /// <summary>Where a list of days ("on 24 February, 2 March and 1 July 2022") starts in the sentence, as a token index.</summary>
    private static int? ListOfDaysAt(ExtractionContext context, int sentenceIndex)
    {
        var dates = context.DatesIn(sentenceIndex);
        var sentence = context.Sentences[sentenceIndex].Text;
        for (var i = 0; i + 1 < dates.Count; i++)
        {
            if (IsADay(dates[i]) && IsADay(dates[i + 1]) && OnlyListWordsBetween(sentence, dates[i].Span.End, dates[i + 1].Span.Start))
            {
                return Extractors.AsOf.AsOfExtractor.TokenIndexAt(context.TokensOf(sentenceIndex), dates[i].Span.Start);
            }
        }
        return null;
    }

    private static bool IsADay(DateMatch date) => date.Expression is YearlessDate { Day: not null, EndDay: null } or AbsoluteDate { Start.Precision: DatePrecision.Day, End: null };

    /// <summary>Words that say an occurrence was not the only one: "again", "twice", or a plural ("telephone conversations on 28 April and 24 August").</summary>
    private static readonly string[] Repetitions = ["twice", "thrice", "two", "three", "both", "again", "conversations", "calls", "meetings", "summits", "visits"];

    private static readonly string[] SpeakingVerbs = ["spoke", "speak", "speaks", "talked", "talk", "talks", "conversed"];

    private static readonly string[] FurtherCallWords = ["another", "more", "further", "second", "third", "longer", "follow-up"];

    private const int FurtherCallReach = 3;

    /// <summary>
    /// "That night Modi spoke to Putin by telephone. … The two leaders spoke again on 2 March": after a call, speaking
    /// again is another call, and so is "there was a longer call" or "more calls" with no phone word of its own.
    /// </summary>
    private static void AddCallsRepeated(TokenizedText tokens, List<PhraseMatch<TriggerWord>> triggers)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens.IsAny(i, SpeakingVerbs) && tokens.Is(i + 1, "again") && !triggers.Exists(trigger => trigger.First <= i + 1 && i <= trigger.Last))
            {
                triggers.Add(new PhraseMatch<TriggerWord>(i, i, new TriggerWord(SummitKind.PhoneCall, false, false, false)));
            }
        }
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens.IsAny(i, "call", "calls") && !tokens.Is(i + 1, "for") && !triggers.Exists(trigger => trigger.First <= i && i <= trigger.Last) && IsAFurtherCall(tokens, i))
            {
                triggers.Add(new PhraseMatch<TriggerWord>(i, i, new TriggerWord(SummitKind.PhoneCall, false, false, false)));
            }
        }
        triggers.Sort((a, b) => a.First.CompareTo(b.First));
    }

    /// <summary>"another call", "more calls", "there was a longer call": a call word said as one more of a run.</summary>
    internal static bool IsAFurtherCall(TokenizedText tokens, int noun)
    {
        for (var i = noun - 1; i >= Math.Max(0, noun - FurtherCallReach); i--)
        {
            if (tokens.IsAny(i, FurtherCallWords) || (tokens.Is(i, "there") && tokens.IsAny(i + 1, "was", "were")))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> ListWords = new(StringComparer.OrdinalIgnoreCase) { "and", "on", "the", "then", "again", "also", "later" };

    /// <summary>
    /// "they also spoke twice by telephone, on 08.08 and 18.08": a meeting word the sentence says happened more than once,
    /// with days listed one after another, is one meeting on each day.
    /// </summary>
    private static void AddOccurrencesOnListedDays(SentenceView view, List<SentenceMention> read)
    {
        var tokens = view.Tokens;
        if (!Enumerable.Range(0, tokens.Count).Any(i => tokens.IsAny(i, Repetitions)))
        {
            return;
        }
        var dates = view.Context.DatesIn(view.SentenceIndex);
        var sentence = view.Context.Sentences[view.SentenceIndex].Text;
        foreach (var mention in read.ToList())
        {
            var at = -1;
            for (var i = 0; i < dates.Count && mention.Date is { } own; i++)
            {
                at = dates[i].Span == own.Span ? i : at;
            }
            if (at < 0)
            {
                continue;
            }
            // "on 24 February, 2 March, 7 March and 1 July 2022": every day of the list is an occurrence, in the year
            // the list ends with.
            var (first, last) = (at, at);
            while (first > 0 && OnlyListWordsBetween(sentence, dates[first - 1].Span.End, dates[first].Span.Start))
            {
                first--;
            }
            while (last + 1 < dates.Count && OnlyListWordsBetween(sentence, dates[last].Span.End, dates[last + 1].Span.Start))
            {
                last++;
            }
            if (first == last)
            {
                continue;
            }
            mention.Date = MentionDateFinder.InTheYearOf(mention.Date!, dates[last]);
            for (var listed = first; listed <= last; listed++)
            {
                if (listed != at)
                {
                    var again = Again(mention, mention.Kind, MentionDateFinder.InTheYearOf(dates[listed], dates[last]));
                    again.Absorb(mention);
                    read.Add(again);
                }
            }
        }
    }

    /// <summary>
    /// "the leaders met in Kazan on 22.10.2024, on the margins of the BRICS summit, and in Tianjin on 01.09.2025": a
    /// meeting placed and dated, then "and in" another city on another day, is a second meeting of the same leaders.
    /// </summary>
    private static void AddMeetingsInListedPlaces(SentenceView view, List<SentenceMention> read)
    {
        var dates = view.Context.DatesIn(view.SentenceIndex);
        var tokens = view.Tokens;
        foreach (var mention in read.ToList())
        {
            if (mention.City is null || mention.Date is not { } first || mention.Kind == SummitKind.PhoneCall)
            {
                continue;
            }
            for (var next = 0; next < dates.Count; next++)
            {
                if (dates[next].Span.Start <= first.Span.End)
                {
                    continue;
                }
                var dateToken = Extractors.AsOf.AsOfExtractor.TokenIndexAt(tokens, dates[next].Span.Start);
                var city = PlaceJustBefore(view, dateToken);
                if (city is null || city.Value.Value is not City named || named.Name == mention.City.Name
                    || !tokens.Is(city.Value.First - 1, "in") || !tokens.Is(city.Value.First - 2, "and"))
                {
                    continue;
                }
                var again = Again(mention, SummitKind.Meeting, dates[next]);
                (again.City, again.IsSetAgainstEarlierWord) = (named, true);
                again.Participants.UnionWith(mention.Participants);
                read.Add(again);
                break;
            }
        }
    }

    // "and in Tianjin on 01.09.2025": the city named right before the date, "on" aside.
    private static PhraseMatch<Named>? PlaceJustBefore(SentenceView view, int dateToken)
    {
        var end = view.Tokens.Is(dateToken - 1, "on") ? dateToken - 2 : dateToken - 1;
        foreach (var name in view.Names)
        {
            if (name.Last == end)
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>Another meeting the same meeting word reports, on another day, as sure of its status as the first.</summary>
    private static SentenceMention Again(SentenceMention mention, SummitKind kind, DateMatch date) => new()
    {
        SentenceIndex = mention.SentenceIndex,
        TriggerToken = mention.TriggerToken,
        Kind = kind,
        Status = mention.Status,
        StatusIsStrong = mention.StatusIsStrong,
        Date = date,
        DateOrientation = mention.DateOrientation,
    };

    private static readonly string[] TopicWords = ["about", "over", "on", "regarding", "concerning"];

    private const int MaxTopicWords = 4;

    /// <summary>
    /// "on 2 March, and again on 7 March": only the words of a list between two days. A short topic after the first day
    /// ("on March 2 about Kharkiv and again on March 7") is said of that day and does not break the list.
    /// </summary>
    private static bool OnlyListWordsBetween(string sentence, int from, int to)
    {
        var words = sentence.AsSpan(from, Math.Max(0, to - from)).ToString().Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        if (words.Length > 0 && TopicWords.Contains(words[0], StringComparer.OrdinalIgnoreCase)
            && Array.FindIndex(words, word => word.Equals("and", StringComparison.OrdinalIgnoreCase)) is var conjunction and > 1 and <= MaxTopicWords + 1)
        {
            start = conjunction;
        }
        for (var i = start; i < words.Length; i++)
        {
            if (!ListWords.Contains(words[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"their first meeting since July 2024": the leaders who met then are those of the first meeting since.</summary>
    private static void TakeLeadersOfTheLaterMeeting(List<PhraseMatch<TriggerWord>> triggers, List<SentenceMention> read)
    {
        foreach (var earlier in read)
        {
            if (earlier.Participants.Count > 0 || triggers.Find(trigger => trigger.First == earlier.TriggerToken) is not { Value.IsEarlierMeeting: true } own)
            {
                continue;
            }
            var sinceToken = own.First - 1;
            if (triggers.Find(trigger => trigger.Last + 1 == sinceToken && !trigger.Value.IsEarlierMeeting) is { } laterTrigger
                && read.Find(mention => mention.TriggerToken == laterTrigger.First) is { } later)
            {
                earlier.Participants.UnionWith(later.Participants);
            }
        }
    }

    // "their first meeting", "the first face-to-face talks": "first" a few words before the meeting word, hyphens aside.
    private static bool SaysFirstBefore(TokenizedText tokens, int meetingWord)
    {
        var words = 0;
        for (var i = meetingWord - 1; i >= 0 && words < WordsFromFirstToMeeting; i--)
        {
            if (tokens.IsPunctuation(i, '-'))
            {
                continue;
            }
            if (tokens.Is(i, "first"))
            {
                return true;
            }
            words++;
        }
        return false;
    }

    private static readonly string[] DeliberationVerbs = ["discussed", "reviewed", "exchanged", "discuss", "review"];

    private static readonly string[] ConversationVerbs = ["spoke", "talked", "conferred", "speak", "talk"];

    private static readonly string[] Adverbs = ["also", "then", "later", "again", "jointly", "together", "briefly", "once", "more"];

    /// <summary>
    /// "On July 1 the two leaders reviewed what had been agreed": with a date and no meeting word, the two leaders
    /// deliberating together is a meeting of theirs, of the kind the sentence before was counting (a call, among calls).
    /// The leaders must be the sentence's subject, next to the verb: "officials reviewed what the two leaders agreed" is
    /// no meeting.
    /// </summary>
    private void AddJointDeliberation(ExtractionContext context, int sentenceIndex, List<PhraseMatch<TriggerWord>> triggers, SummitKind kind)
    {
        if (context.DatesIn(sentenceIndex).Count == 0)
        {
            return;
        }
        var tokens = context.TokensOf(sentenceIndex);
        var subjects = lexicon.BothLeaders.FindAll(tokens).Select(leaders => (leaders.First, leaders.Last)).Concat(PairsOfLeaders(context, sentenceIndex));
        foreach (var (first, last) in subjects)
        {
            var verb = last + 1;
            while (verb < tokens.Count && tokens.IsAny(verb, Adverbs))
            {
                verb++;
            }
            var conversed = verb < tokens.Count && tokens.IsAny(verb, ConversationVerbs) && !tokens.Is(verb + 1, "at");
            if (verb < tokens.Count && (conversed || tokens.IsAny(verb, DeliberationVerbs)) && !triggers.Exists(trigger => trigger.First <= verb + 1 && trigger.Last >= first - 1))
            {
                // "The two leaders spoke on the 28th": leaders who speak on a day with no place named speak by telephone.
                var told = conversed && !context.NamesIn(sentenceIndex).Any(name => name.Value is City or Venue or Forum) ? SummitKind.PhoneCall : kind;
                triggers.Add(new PhraseMatch<TriggerWord>(verb, verb, new TriggerWord(told, false, false, false, IsElided: told == SummitKind.PhoneCall)));
                triggers.Sort((a, b) => a.First.CompareTo(b.First));
                return;
            }
        }
    }

    private const int TitleWordsBeforeAName = 3;

    /// <summary>"Modi and Putin", "Prime Minister Modi and President Putin": an Indian and a Russian leader joined by "and".</summary>
    private static IEnumerable<(int First, int Last)> PairsOfLeaders(ExtractionContext context, int sentenceIndex)
    {
        var tokens = context.TokensOf(sentenceIndex);
        var heads = context.NamesIn(sentenceIndex).Where(name => name.Value is Person { IsHead: true, Country: "India" or "Russia" }).ToList();
        for (var i = 0; i + 1 < heads.Count; i++)
        {
            var (left, right) = (heads[i], heads[i + 1]);
            if (((Person)left.Value).Country == ((Person)right.Value).Country || !tokens.Is(left.Last + 1, "and"))
            {
                continue;
            }
            var between = right.First - (left.Last + 2);
            var titled = between <= TitleWordsBeforeAName && Enumerable.Range(left.Last + 2, between).All(tokens.IsCapitalized);
            if (titled)
            {
                yield return (left.First, right.Last);
            }
        }
    }

    private const int EntrySentencesRead = 2;

    /// <summary>A verbless entry head looks the way the entry's first sentences with a tense do ("the President briefed…").</summary>
    private static TimeOrientation OrientationOfTheEntry(SentenceView view)
    {
        var sentences = view.Context.Sentences;
        for (var i = view.SentenceIndex + 1; i < sentences.Count && i <= view.SentenceIndex + EntrySentencesRead && sentences[i].BlockIndex == view.BlockIndex; i++)
        {
            foreach (var (_, cue) in TenseReader.Default.CuesOf(view.Context.TokensOf(i)))
            {
                if (cue.Orientation != TimeOrientation.Unknown)
                {
                    return cue.Orientation;
                }
            }
        }
        return TimeOrientation.Unknown;
    }

    private SentenceMention ReadOne(SentenceView view, PhraseMatch<TriggerWord> trigger, List<StatusFinder.OwnedCue> cues, SummitDiscourse discourse)
    {
        var mention = new SentenceMention
        {
            SentenceIndex = view.SentenceIndex,
            TriggerToken = trigger.First,
            Kind = trigger.Value.Kind,
            IsInvitation = trigger.Value.IsInvitation,
        };
        StatusFinder.Fill(lexicon, view, trigger, cues, mention);
        mention.IsInRelativeClause = IsInRelativeClause(view, trigger);
        mention.Forum = TriggerFeatures.Forum(view, trigger);
        if (mention.Forum is not null)
        {
            mention.Kind = SummitKind.Multilateral;
        }
        // "spoke to Putin over the phone": talks in a clause that mentions the phone are a call.
        if (mention.Kind == SummitKind.Meeting && HasPhoneCallInClause(view, trigger))
        {
            mention.Kind = SummitKind.PhoneCall;
        }
        mention.MeetsThirdParty = TriggerFeatures.MeetsThirdParty(view, trigger);
        mention.IsMinistersMeeting = TriggerFeatures.IsMinistersMeeting(view, trigger);
        mention.IsSetAgainstEarlierWord = TriggerFeatures.IsSetAgainstEarlierWord(view, trigger);
        // "the fifth conversation of its kind this year": calls are counted, but they are no summit of the series.
        mention.Ordinal = mention.Kind == SummitKind.PhoneCall ? null : TriggerFeatures.Ordinal(view, trigger);
        if (mention.Ordinal is not null && mention.Kind != SummitKind.Multilateral)
        {
            mention.Kind = SummitKind.AnnualSummit;
        }
        mention.DurationDays = TriggerFeatures.DurationDays(view, trigger);
        mention.ClaimsLatest = mention.Status != MentionStatus.Planned && TriggerFeatures.ClaimsLatest(lexicon, view, trigger);
        if (TriggerFeatures.IsNextOne(view, trigger))
        {
            (mention.IsNextOne, mention.Status, mention.StatusIsStrong) = (true, MentionStatus.Planned, true);
        }
        PlaceAll(mention, PlaceFinder.Find(view, trigger));
        if (mention.HostCountry is null && discourse.LabelPlaceFor(view.BlockIndex) is { } labelled)
        {
            PlaceAll(mention, [labelled]);
        }
        // "spoke to Putin" is a call; "spoke to Putin in Moscow" is talks in person.
        if (mention.Kind == SummitKind.PhoneCall && mention.HostCountry is not null && !IsExplicitlyRemote(view, trigger))
        {
            mention.Kind = SummitKind.Meeting;
        }
        ParticipantFinder.Fill(lexicon, view, trigger, mention, discourse);
        if (trigger.Value.IsEntryHead && mention.City is null && view.Context.NamesIn(view.SentenceIndex).Select(name => name.Value).OfType<City>().FirstOrDefault() is { } headCity)
        {
            mention.City = headCity;
        }
        if (trigger.Value.IsEarlierMeeting)
        {
            (mention.Status, mention.StatusIsStrong, mention.IsSetAgainstEarlierWord) = (MentionStatus.Held, true, true);
        }
        if (trigger.Value.IsEntryHead && mention.Status == MentionStatus.Unknown)
        {
            mention.Status = OrientationOfTheEntry(view) switch
            {
                TimeOrientation.Past => MentionStatus.Held,
                TimeOrientation.Future => MentionStatus.Planned,
                _ => MentionStatus.Unknown,
            };
        }
        if (mention.IsInvitation && mention.HostCountry is null)
        {
            mention.Country = InvitingCountry(view, trigger);
        }
        mention.IsPlanMadeInThePast = mention.Status == MentionStatus.Planned && IsPastPerfect(view, trigger);
        if (MentionDateFinder.Find(view, trigger, discourse) is { } found)
        {
            var date = mention.Status == MentionStatus.Unknown ? MentionDateFinder.InTheStoryMonth(found, discourse.StoryMonth, view.SentenceIndex) : found;
            mention.Date = date;
            mention.DateIsFramed = !view.Context.DatesIn(view.SentenceIndex).Any(own => own.Span == date.Span);
            mention.DateOrientation = mention.Status switch
            {
                // "Modi had accepted an invitation to the parade on May 9": a plan told in the past perfect was made
                // before the story, and so was the day it named.
                MentionStatus.Planned when mention.IsPlanMadeInThePast => TimeOrientation.Past,
                MentionStatus.Planned => TimeOrientation.Future,
                MentionStatus.Held => TimeOrientation.Past,
                // "The summit that was planned for Sochi on Saturday has been postponed": the plan's weekday is the coming
                // one, or the story's own day when it falls on it.
                MentionStatus.Cancelled when date.Expression is WeekdayDate { WeekOffset: 0 } weekday =>
                    view.Context.AsOf.Value is { Precision: DatePrecision.Day } asOf && asOf.FirstDay.DayOfWeek == weekday.Day ? TimeOrientation.Past : TimeOrientation.Future,
                _ => TimeOrientation.Unknown,
            };
        }
        var hasDeterminer = TriggerFeatures.HasDeterminer(lexicon, view, trigger, out var namesBetween);
        // "from the summit venue", after "the SCO summit in Tianjin": the bare summit is the forum's named just before;
        // "his summit with you" is a leader's own.
        if (hasDeterminer && !IsALeadersOwn(view, trigger) && mention.Forum is null && mention.Ordinal is null && mention.HostCountry is null
            && mention.Kind == SummitKind.AnnualSummit && discourse.ForumSummitFor(view.BlockIndex, mention.Date?.StatedYear) is { } named)
        {
            (mention.Forum, mention.City, mention.Kind) = (named.Forum, named.City, SummitKind.Multilateral);
        }
        mention.IsAnaphor = hasDeterminer && !namesBetween && !mention.HasFeatures;
        mention.SaysAnnual = mention.Kind == SummitKind.AnnualSummit && (mention.Ordinal is not null || SaysAnnual(view, mention.TriggerToken));
        mention.AtALeadersForum = mention.Forum is { } forum && view.Context.Gazetteer.Editions.Any(edition => edition.Forum == forum);
        return mention;
    }

    internal static readonly string[] RelativeOpeners = ["whose", "which", "who", "whom"];

    // "Putin, whose trip to India had been put off, …": the meeting word follows a relative pronoun in its own clause.
    private static bool IsInRelativeClause(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        for (var i = trigger.First - 1; i >= Math.Max(0, trigger.First - 4) && view.SameClause(i, trigger.First); i--)
        {
            if (view.Tokens.IsAny(i, RelativeOpeners))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsALeadersOwn(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        for (var i = trigger.First - 1; i >= Math.Max(0, trigger.First - 3) && view.SameClause(i, trigger.First); i--)
        {
            if (view.Tokens.IsAny(i, "his", "her", "their", "our", "my", "your"))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] OrdinalFollowers =
    [
        "took", "was", "came", "followed", "produced", "gave", "saw", "lasted", "brought", "opened", "ended", "marked", "went", "yielded",
    ];

    private static readonly string[] CallNouns = ["conversation", "conversations", "call", "calls"];

    /// <summary>A sentence counts calls when its last meeting word is a call, or, with none, when it speaks of calls at all.</summary>
    private static bool CountsCalls(TokenizedText tokens, List<PhraseMatch<TriggerWord>> triggers) =>
        triggers.Count > 0 ? triggers[^1].Value.Kind == SummitKind.PhoneCall : Enumerable.Range(0, tokens.Count).Any(i => tokens.IsAny(i, CallNouns));

    /// <summary>
    /// "The 16th took him to Moscow in December 2015 … the 18th, in St Petersburg in 2017, gave Kudankulam its units":
    /// in an article about the annual summits, "the" and an ordinal with no noun after it is the summit of that number
    /// (or, after a sentence that counts calls, the call of that number).
    /// </summary>
    private static void AddEllipticalOrdinals(ExtractionContext context, int sentenceIndex, List<PhraseMatch<TriggerWord>> triggers, SummitKind elided)
    {
        var tokens = context.TokensOf(sentenceIndex);
        var dates = context.DatesIn(sentenceIndex);
        var added = false;
        for (var i = 1; i < tokens.Count - 1; i++)
        {
            if (OrdinalReader.EndingAt(tokens, i) is not { Value: >= 1 and <= 40 } ordinal || !tokens.Is(ordinal.First - 1, "the")
                || !(tokens.IsPunctuation(i + 1, ',') || tokens.IsPunctuation(i + 1, ';') || tokens.IsAny(i + 1, OrdinalFollowers))
                || dates.Any(date => date.Span.Start <= tokens[i].Start && tokens[i].End <= date.Span.Start + date.Span.Length)
                || triggers.Any(trigger => trigger.First <= i && ordinal.First <= trigger.Last))
            {
                continue;
            }
            triggers.Add(new PhraseMatch<TriggerWord>(ordinal.First, i, new TriggerWord(elided, false, false, false, IsElided: elided == SummitKind.PhoneCall)));
            added = true;
        }
        if (added)
        {
            triggers.Sort((a, b) => a.First.CompareTo(b.First));
        }
    }

    private static readonly string[] Counterfactual = ["should", "could", "would", "might", "must", "ought"];

    /// <summary>
    /// "They should put the annual summit back on the calendar", "a summit could help": a meeting someone wishes for or
    /// imagines is not one that took place or was planned. The modal must stand in the meeting word's own clause, ahead
    /// of it, with no date between ("could be held on 4 December" is read as planned elsewhere).
    /// </summary>
    private const int TimeReferenceReach = 6;

    /// <summary>
    /// "the annual summit in Goa, ahead of the BRICS summit", "the 17th annual summit, held alongside the BRICS summit": a
    /// forum's summit named only to say when a summit of the two was held is not itself a meeting of the two. Talks "in
    /// Kazan on the eve of the BRICS summit" are still the forum's: only a meeting of its own kind stands apart.
    /// </summary>
    private static bool IsOnlyWhenAnotherWasHeld(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        // A date after the forum's summit is read as that summit's ("on the eve of the BRICS summit in Goa on 15 October"):
        // the forum's summit stays, so that the date is not lost to the other meeting.
        if (trigger.Value.Kind != SummitKind.Multilateral
            || !view.Triggers.Any(other => other.Last < trigger.First && other.Value.Kind is SummitKind.AnnualSummit or SummitKind.StateVisit or SummitKind.InformalSummit)
            || view.Context.DatesIn(view.SentenceIndex).Any(date => date.Span.Start > view.Tokens[trigger.Last].End))
        {
            return false;
        }
        for (var i = trigger.First - 1; i >= Math.Max(0, trigger.First - TimeReferenceReach); i--)
        {
            var tokens = view.Tokens;
            if (tokens.Is(i, "alongside") || (tokens.Is(i, "of") && tokens.IsAny(i - 1, "ahead", "eve")) || (tokens.Is(i, "to") && tokens.Is(i - 1, "prior")))
            {
                return true;
            }
            if (!(tokens.IsAny(i, "the", "a") || tokens[i].Kind == TokenKind.Number || OrdinalReader.EndingAt(tokens, i) is not null || view.Names.Any(name => name.First <= i && i <= name.Last)))
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsHypothetical(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        for (var i = trigger.First - 1; i >= 0 && view.SameClause(i, trigger.First); i--)
        {
            if (view.Tokens.IsAny(i, Counterfactual))
            {
                return !view.Context.DatesIn(view.SentenceIndex).Any(date => date.Span.Start >= view.Tokens[i].End);
            }
        }
        return false;
    }

    /// <summary>
    /// "his visit to Moscow in July and his meeting on the sidelines of the BRICS Summit in Kazan": the forum's city is
    /// the one named nearest to it, not the sentence's first.
    /// </summary>
    private static (string Forum, City City)? ForumSummitNamed(IReadOnlyList<PhraseMatch<Named>> names, string sentence)
    {
        if (!sentence.Contains("summit", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var forumAt = -1;
        for (var i = 0; i < names.Count && forumAt < 0; i++)
        {
            forumAt = names[i].Value is Forum ? i : -1;
        }
        if (forumAt < 0)
        {
            return null;
        }
        var forum = names[forumAt];
        City? nearest = null;
        var distance = int.MaxValue;
        foreach (var name in names)
        {
            if (name.Value is not City city)
            {
                continue;
            }
            var gap = name.First > forum.Last ? name.First - forum.Last : forum.First - name.Last;
            if (gap < distance)
            {
                (nearest, distance) = (city, gap);
            }
        }
        return nearest is not null ? (((Forum)forum.Value).Name, nearest) : null;
    }

    private static bool IsPastPerfect(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        for (var i = trigger.First - 1; i >= 0 && view.SameClause(i, trigger.First) && trigger.First - i <= 6; i--)
        {
            if (view.Tokens.Is(i, "had"))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasPhoneCallInClause(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        foreach (var other in view.Triggers)
        {
            if (other.Value.Kind == SummitKind.PhoneCall && view.SameClause(other.First, trigger.First))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsExplicitlyRemote(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        for (var i = 0; i < view.Tokens.Count; i++)
        {
            if (view.SameClause(i, trigger.First)
                && view.Tokens.IsAny(i, "phone", "telephone", "telephonic", "call", "video", "virtual", "hotline", "videoconference"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Keeps the place that tells an India–Russia meeting from a visit elsewhere: "visit both Moscow and Kyiv" is,
    /// for an Indian leader, a visit to Moscow.
    /// </summary>
    private static void PlaceAll(SentenceMention mention, IReadOnlyList<Named> places)
    {
        if (places.Count == 0)
        {
            return;
        }
        var preferred = places.FirstOrDefault(place => CountryOf(place) is "India" or "Russia") ?? places[0];
        // "visited Russia, meeting Putin at Novo-Ogaryovo": a city or venue in the country sharpens it.
        if (preferred is Country visited
            && places.Where(place => place is not Country && CountryOf(place) == visited.Name).OrderBy(place => place is Venue ? 0 : 1).FirstOrDefault() is { } sharper)
        {
            preferred = sharper;
        }
        switch (preferred)
        {
            case Venue venue:
                mention.Venue = venue;
                mention.City = new City(venue.City, venue.Country);
                break;
            case City city:
                mention.City = city;
                break;
            case Country country:
                mention.Country = country;
                break;
        }
        // A venue then its city ("Novo-Ogaryovo, Moscow"), or a city then its country, sharpen each other.
        if (mention.Venue is null && places.OfType<Venue>().FirstOrDefault(venue => venue.City == mention.City?.Name) is { } inCity)
        {
            mention.Venue = inCity;
        }
    }

    private static string? CountryOf(Named place) => place switch
    {
        Venue venue => venue.Country,
        City city => city.Country,
        Country country => country.Name,
        _ => null,
    };

    /// <summary>
    /// "an invitation from Modi", "Modi invited Putin", "Putin congratulated Modi and invited him": the inviting
    /// leader — named after "from", else the subject, the first leader of the trigger's clause — hosts.
    /// </summary>
    private static Country? InvitingCountry(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        var leaders = view.Leaders().ToList();
        var fromLeader = leaders.FirstOrDefault(leader => leader.Token > trigger.Last && view.Tokens.Is(view.PreviousWord(leader.Token), "from"));
        var before = leaders.Where(leader => leader.Token < trigger.First).ToList();
        var inviter = fromLeader.Person
            ?? before.FirstOrDefault(leader => view.SameClause(leader.Token, trigger.First)).Person
            ?? before.LastOrDefault().Person;
        return inviter is null ? null : view.Context.Gazetteer.FindCountry(inviter.Country);
    }

    /// <summary>
    /// Words of one sentence about one meeting become one mention. Mentions with features go first; a word with none
    /// joins the nearest compatible one ("his visit to Moscow, where he met Putin": the meeting is the visit).
    /// </summary>
    /// <param name="merged">Receives the merged mentions, in the order of their meeting words.</param>
    private static void MergeWithinSentence(List<SentenceMention> mentions, List<SentenceMention> merged, Gazetteer gazetteer)
    {
        var featured = false;
        foreach (var mention in mentions)
        {
            featured |= !mention.IsAnaphor;
        }
        // Features are read before any merging, which adds some: mentions with features first, each group in order.
        Span<bool> hasFeatures = mentions.Count <= 64 ? stackalloc bool[mentions.Count] : new bool[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            hasFeatures[i] = mentions[i].HasFeatures;
        }
        foreach (var withFeatures in (ReadOnlySpan<bool>)[true, false])
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                if (hasFeatures[i] == withFeatures)
                {
                    MergeOne(mentions[i], featured, merged, gazetteer);
                }
            }
        }
        SortByTriggerToken(merged);
    }

    private const int InvitationReach = 5;

    /// <summary>
    /// "has received the invitation for the BRICS Summit in Kazan", "an invitation to the annual summit": an invitation
    /// for a meeting the sentence names is that meeting's, not a visit of its own.
    /// </summary>
    private static void JoinInvitationsToTheirMeeting(SentenceView view, List<SentenceMention> read)
    {
        for (var i = read.Count - 1; i >= 0; i--)
        {
            var invitation = read[i];
            if (!invitation.IsInvitation || !view.Tokens.IsAny(invitation.TriggerToken + 1, "for", "to"))
            {
                continue;
            }
            var named = read.Find(other => !other.IsInvitation && other.TriggerToken > invitation.TriggerToken + 1
                && other.TriggerToken - invitation.TriggerToken <= InvitationReach && view.SameClause(invitation.TriggerToken, other.TriggerToken));
            if (named is null)
            {
                continue;
            }
            named.Participants.UnionWith(invitation.Participants);
            named.IsInvitation = true;
            if (named.Status == MentionStatus.Unknown)
            {
                named.Status = invitation.Status;
                named.StatusIsStrong = invitation.StatusIsStrong;
            }
            read.RemoveAt(i);
        }
    }

    /// <summary>
    /// "| 13 Jun 2019 | Bishkek, Kyrgyzstan | SCO summit | Bilateral on the sidelines |": in a table of the leaders'
    /// meetings, the row's date and place cells date and place what the row tells, unless the row denies the meeting.
    /// </summary>
    private static void TakeTheRowsDateAndPlace(SummitLexicon lexicon, SentenceView view, List<SentenceMention> read)
    {
        if (read.Count == 0 || !ParticipantFinder.IsARowOfTheLeadersTable(view))
        {
            return;
        }
        // "| 9-10 Sep 2023 | New Delhi | G20 summit | No meeting: Putin stayed away |": a row is one record, and its
        // denial is of the whole row.
        if (view.Triggers.Any(trigger => TriggerFeatures.IsDenied(lexicon, view, trigger)))
        {
            read.Clear();
            return;
        }
        var text = view.Context.Sentences[view.SentenceIndex].Text;
        // "| Trade target for 2030, set at the Moscow summit | $100 billion |": a target's year dates no meeting.
        var date = view.Context.DatesIn(view.SentenceIndex).FirstOrDefault(match => match.StatedYear is not null && Extractors.Dates.DateRoles.IsEvent(text, match));
        var city = view.Names.Select(name => name.Value).OfType<City>().FirstOrDefault();
        foreach (var mention in read)
        {
            mention.City ??= city;
            if (mention.Date is null && date is not null)
            {
                mention.Date = date;
                mention.DateOrientation = TimeOrientation.Unknown;
            }
        }
    }

    private static readonly string[] ItineraryNouns = ["programme", "program", "schedule", "itinerary", "agenda"];

    private static readonly string[] ItineraryVerbs = ["includes", "include", "features", "feature", "is", "are", "will", "lists", "list"];

    private const int ItineraryVerbReach = 8;

    /// <summary>
    /// "Putin's programme this week, according to officials, includes a private dinner … and talks at Hyderabad House on
    /// Friday": what a programme, schedule or itinerary includes is still to come, and its weekday is the coming one.
    /// </summary>
    private static void PlanWhatAProgrammeIncludes(SentenceView view, List<SentenceMention> read)
    {
        var tokens = view.Tokens;
        foreach (var mention in read)
        {
            if (mention.Status != MentionStatus.Unknown)
            {
                continue;
            }
            for (var noun = 0; noun < mention.TriggerToken; noun++)
            {
                if (!tokens.IsAny(noun, ItineraryNouns)
                    || !Enumerable.Range(noun + 1, Math.Min(ItineraryVerbReach, mention.TriggerToken - noun - 1)).Any(i => tokens.IsAny(i, ItineraryVerbs)))
                {
                    continue;
                }
                mention.Status = MentionStatus.Planned;
                if (mention.Date is not null && mention.DateOrientation == TimeOrientation.Unknown)
                {
                    mention.DateOrientation = TimeOrientation.Future;
                }
                break;
            }
        }
    }

    private static readonly string[] SequenceWords = ["before", "after", "ahead", "then", "followed", "until"];

    private const int SequenceReach = 4;

    /// <summary>
    /// "Putin is expected to host a dinner for Modi on Monday before the formal talks on Tuesday": a meeting tied by a
    /// word of sequence to a planned one in the same sentence is planned too, and its weekday is the coming one.
    /// </summary>
    private static void PlanTheNextStepOfAPlan(SentenceView view, List<SentenceMention> read)
    {
        foreach (var mention in read)
        {
            if (mention.Status != MentionStatus.Unknown
                || !read.Exists(other => other.Status == MentionStatus.Planned && !other.IsPlanMadeInThePast && other.TriggerToken < mention.TriggerToken)
                || !Enumerable.Range(Math.Max(0, mention.TriggerToken - SequenceReach), Math.Min(SequenceReach, mention.TriggerToken)).Any(i => view.Tokens.IsAny(i, SequenceWords)))
            {
                continue;
            }
            mention.Status = MentionStatus.Planned;
            if (mention.Date is not null && mention.DateOrientation == TimeOrientation.Unknown)
            {
                mention.DateOrientation = TimeOrientation.Future;
            }
        }
    }

    /// <summary>
    /// "So is there an annual summit this year?", "Will Modi travel to Moscow?": a question asks whether a meeting is on,
    /// it does not report one. Its mention may add to a meeting the article tells of, but starts none of its own.
    /// </summary>
    private static void AskedOnlyPointsBack(ExtractionContext context, int sentenceIndex, List<SentenceMention> mentions)
    {
        if (!context.Sentences[sentenceIndex].Text.TrimEnd().EndsWith('?'))
        {
            return;
        }
        foreach (var mention in mentions)
        {
            mention.IsAnaphor = true;
        }
    }

    private static readonly string[] Copulas = ["was", "is", "were", "are", "became", "becomes", "counts", "counted", "marked", "marks", "served", "serves"];

    /// <summary>
    /// "Putin's visit in 2000 was the first India-Russia annual summit": a meeting word after a copula names the meeting
    /// before it, and says what kind it was.
    /// </summary>
    private static void JoinAcrossCopulas(SentenceView view, List<SentenceMention> mentions)
    {
        for (var i = mentions.Count - 1; i > 0; i--)
        {
            var named = mentions[i];
            if (!named.IsAnaphor)
            {
                continue;
            }
            var subject = mentions[i - 1];
            if (!subject.IsAnaphor && AreCompatible(subject, named, view.Context.Gazetteer) && view.SameClause(subject.TriggerToken, named.TriggerToken)
                && Enumerable.Range(subject.TriggerToken + 1, named.TriggerToken - subject.TriggerToken - 1).Any(token => view.Tokens.IsAny(token, Copulas)))
            {
                subject.Absorb(named);
                mentions.RemoveAt(i);
            }
        }
    }

    private static void MergeOne(SentenceMention mention, bool featured, List<SentenceMention> merged, Gazetteer gazetteer)
    {
        // The nearest compatible mention; the first of equals wins
        SentenceMention? target = null;
        var targetDistance = int.MaxValue;
        foreach (var existing in merged)
        {
            if (existing.IsAnaphor == mention.IsAnaphor && (!mention.IsAnaphor || !featured) && AreCompatible(existing, mention, gazetteer)
                && Math.Abs(existing.TriggerToken - mention.TriggerToken) < targetDistance)
            {
                target = existing;
                targetDistance = Math.Abs(existing.TriggerToken - mention.TriggerToken);
            }
        }
        if (target is null)
        {
            merged.Add(mention);
        }
        else
        {
            target.Absorb(mention);
        }
    }

    /// <summary>A stable insertion sort: a sentence has a handful of mentions.</summary>
    private static void SortByTriggerToken(List<SentenceMention> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var j = i - 1;
            while (j >= 0 && mentions[j].TriggerToken > mention.TriggerToken)
            {
                mentions[j + 1] = mentions[j];
                j--;
            }
            mentions[j + 1] = mention;
        }
    }

    private static bool AreCompatible(SentenceMention a, SentenceMention b, Gazetteer gazetteer) =>
        SummitKinds.AreCompatible(a.Kind, a.City?.Name, b.Kind, b.City?.Name)
        && !EventMatcher.AtAForumElsewhere(a.Forum, a.City, b.Forum, b.City, gazetteer) && !EventMatcher.AtAForumElsewhere(b.Forum, b.City, a.Forum, a.City, gazetteer)
        && !a.MeetsThirdParty && !b.MeetsThirdParty && !a.IsSetAgainstEarlierWord && !b.IsSetAgainstEarlierWord && !a.IsMinistersMeeting && !b.IsMinistersMeeting
        && (a.HostCountry is null || b.HostCountry is null || a.HostCountry == b.HostCountry)
        && (a.City is null || b.City is null || a.City.Name == b.City.Name)
        && (a.Ordinal is null || b.Ordinal is null || a.Ordinal == b.Ordinal)
        && (a.Date is null || b.Date is null || a.Date.Text == b.Date.Text)
        && (a.Status is MentionStatus.Unknown or MentionStatus.Current || b.Status is MentionStatus.Unknown or MentionStatus.Current
            || a.Status == b.Status);

    /// <summary>
    /// An India–Russia meeting: leaders of both sides, or a leader of one side in the other's country, or the two
    /// countries holding their summit. A visit to a third country without the other side's leader is not one.
    /// </summary>
    private static bool Qualifies(SentenceView view, SentenceMention mention)
    {
        if (mention.MeetsThirdParty || mention.IsMinistersMeeting)
        {
            return false;
        }
        var indian = mention.Participants.Any(person => person.Country == "India");
        var russian = mention.Participants.Any(person => person.Country == "Russia");
        var host = mention.HostCountry;
        if (host is not null and not ("India" or "Russia") && !(indian && russian))
        {
            return false;
        }
        // "Modi's visit to Kyiv": a visit to a third country is that country's, whoever else the sentence names.
        if (host is not null and not ("India" or "Russia") && mention.Kind == SummitKind.StateVisit)
        {
            return false;
        }
        return (indian && russian)
            || (indian && host == "Russia")
            || (russian && host == "India")
            || (mention.Kind == SummitKind.AnnualSummit && NamesBothCountries(view));
    }

    /// <summary>
    /// "The previous annual summit took place in St Petersburg", in an article about India and Russia: an annual summit
    /// said with a place, number or date, hosted by one of the two and with no third country named beside it.
    /// </summary>
    private static bool IsOfTheSeries(SentenceView view, SentenceMention mention, AnnualSeries series) =>
        mention.Kind == SummitKind.AnnualSummit && mention.HasFeatures && !mention.MeetsThirdParty
        && mention.HostCountry is null or "India" or "Russia" && !NamesThirdCountry(view)
        && (series == AnnualSeries.Established || mention.Ordinal is not null || SaysAnnual(view, mention.TriggerToken));

    private static readonly string[] AnnualWords = ["annual", "bilateral", "India", "Russia", "Indian", "Russian", "Indo-Russian"];

    private static bool SaysAnnual(SentenceView view, int triggerToken)
    {
        for (var i = Math.Max(0, triggerToken - 2); i <= Math.Min(view.Tokens.Count - 1, triggerToken + 1); i++)
        {
            if (view.Tokens.IsAny(i, AnnualWords))
            {
                return true;
            }
        }
        return false;
    }

    private static bool NamesThirdCountry(SentenceView view)
    {
        foreach (var name in view.Names)
        {
            var country = Sides.CountryOf(name.Value);
            if (country is not null and not ("India" or "Russia"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"India and Russia held their summit", "Putin, Modi …; summit postponed": both sides named in the sentence.</summary>
    private static bool NamesBothCountries(SentenceView view)
    {
        var countries = view.Names.Select(name => Sides.CountryOf(name.Value)).ToHashSet();
        return countries.Contains("India") && countries.Contains("Russia");
    }
}
