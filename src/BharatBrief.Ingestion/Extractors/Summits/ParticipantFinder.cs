using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>
/// Finds the Indian and Russian leaders taking part: those the sentence names, "the two leaders" (the last named
/// of each side), and "he"/"his" (the visitor when the place says who travels, else the leader last named).
/// </summary>
internal static class ParticipantFinder
{
    public static void Fill(SummitLexicon lexicon, SentenceView view, PhraseMatch<TriggerWord> trigger, SentenceMention mention, SummitDiscourse discourse)
    {
        // Leaders of the meeting word's own clause, and the sentence's subject before it ("Modi, who …, met Putin").
        var subClause = IsCommaSubClause(view, trigger);
        var leaders = view.Leaders();
        for (var i = 0; i < leaders.Count; i++)
        {
            var (token, person) = leaders[i];
            if (IsSenderOnly(view, token) || discourse.Turns.IsInLabel(view.SentenceIndex, token))
            {
                continue;
            }
            if (view.InScope(trigger, token) || (subClause && view.Clauses[token] == 0 && token < trigger.First))
            {
                mention.Participants.Add(person);
            }
        }
        if (view.NamesBothLeaders(lexicon))
        {
            AddIfKnown(mention, discourse.LastIndianLeader);
            AddIfKnown(mention, discourse.LastRussianLeader);
        }
        if ((trigger.Value.IsEntryHead && mention.Participants.Count == 0)
            || (mention.Participants.Count == 0 && IsTheHeadOfAListItem(view, trigger))
            || (mention.Participants.Count == 0 && IsARowOfTheLeadersTable(view))
            || ((trigger.Value.IsElided || IsOneOfTheCallsCounted(view, trigger) || IsAnotherOfTheCallsTold(view, trigger, discourse))
                && mention.Participants.All(person => person.Country is "India" or "Russia")))
        {
            AddIfKnown(mention, discourse.LastIndianLeader);
            AddIfKnown(mention, discourse.LastRussianLeader);
        }
        if (HasPronounBefore(view, trigger) || HasObjectPronoun(view, trigger))
        {
            var referent = PronounReferent(view, trigger, mention, discourse);
            AddIfKnown(mention, referent);
            // "Was Xi there too? He was, and Putin met him on Thursday": the one met is a third country's leader.
            mention.MeetsThirdParty |= referent is { Country: not ("India" or "Russia") };
        }
        if (discourse.Turns.SpeakerOf(view.SentenceIndex) is { } speaker)
        {
            AddSpeakerAndAddressee(view, trigger, mention, speaker, discourse.Turns.AddresseeOf(view.SentenceIndex, discourse));
        }
        if (!HasPluralPronounBefore(view, trigger))
        {
            return;
        }
        if (discourse.PairForThey is { } pair && mention.Participants.All(person => person == pair.Indian || person == pair.Russian))
        {
            mention.Participants.Add(pair.Indian);
            mention.Participants.Add(pair.Russian);
        }
        // "Modi met Xi … Modi said relations had improved since their meeting in Kazan": "their" are the last two
        // leaders named, and when one of them is a third country's, the meeting is theirs, not India's and Russia's.
        else if (discourse.LastTwoIncludeAThirdCountry && !NamesBothSides(mention))
        {
            mention.MeetsThirdParty = true;
        }
    }

    /// <summary>
    /// In a leader's own words: "We will see each other again in Qingdao", "our annual summit" are the speaker's and
    /// the listener's meeting; "his summit with you" has the listener in it, beside the one "his" names.
    /// </summary>
    private static void AddSpeakerAndAddressee(SentenceView view, PhraseMatch<TriggerWord> trigger, SentenceMention mention, Person speaker, Person? addressee)
    {
        if (IsReciprocal(view, trigger) || HasFirstPersonPluralBefore(view, trigger))
        {
            mention.Participants.Add(speaker);
            AddIfKnown(mention, addressee);
        }
        else if (HasYouAfter(view, trigger))
        {
            AddIfKnown(mention, addressee);
        }
    }

    private static bool IsReciprocal(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        for (var i = trigger.First; i < trigger.Last; i++)
        {
            if (view.Tokens.Is(i, "each") && view.Tokens.Is(i + 1, "other"))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasFirstPersonPluralBefore(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        for (var i = trigger.First - 1; i >= 0 && view.SameClause(i, trigger.First) && trigger.First - i <= 8; i--)
        {
            if (view.Tokens.IsAny(i, "we", "our", "us"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"summit with you", "to meet you": the listener, just after the meeting word.</summary>
    private static bool HasYouAfter(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        for (var i = trigger.Last + 1; i < view.Tokens.Count && i - trigger.Last <= 2 && view.SameClause(i, trigger.Last); i++)
        {
            if (view.Tokens.Is(i, "you"))
            {
                return true;
            }
        }
        return false;
    }

    private const int ListItemHeadWords = 6;

    private const int BlocksAboveATable = 3;

    /// <summary>
    /// "| 13 Jun 2019 | Bishkek, Kyrgyzstan | SCO summit | Bilateral on the sidelines |" under "Key dates: Modi and Putin
    /// on the sidelines": a row of a table introduced by a heading or paragraph that names both leaders tells of their
    /// meetings, though the row names neither. So does a table in an article whose title names both ("List of meetings
    /// between Narendra Modi and Vladimir Putin"), however many contents lines and headings stand between.
    /// </summary>
    internal static bool IsARowOfTheLeadersTable(SentenceView view)
    {
        var blocks = view.Context.Document.Blocks;
        var row = blocks[view.Context.Sentences[view.SentenceIndex].BlockIndex];
        if (row.Kind != Documents.BlockKind.TableRow)
        {
            return false;
        }
        var first = row.Index;
        while (first > 0 && blocks[first - 1].Kind == Documents.BlockKind.TableRow)
        {
            first--;
        }
        var (indian, russian) = (false, false);
        foreach (var sentence in view.Context.Sentences)
        {
            if (sentence.BlockIndex >= first || (sentence.BlockIndex < first - BlocksAboveATable && blocks[sentence.BlockIndex].Kind != Documents.BlockKind.Title))
            {
                continue;
            }
            foreach (var name in view.Context.NamesIn(sentence.Index))
            {
                indian |= name.Value is Person { IsHead: true, Country: "India" };
                russian |= name.Value is Person { IsHead: true, Country: "Russia" };
            }
        }
        return indian && russian;
    }

    /// <summary>
    /// "ii. Bilateral meeting on the margins of the XI BRICS Summit, Brasilia, 13 November 2019.", under "the Prime
    /// Minister and the President have met on the following occasions:": an item that opens with a meeting and names no
    /// one is a meeting of the leaders the text has been speaking of.
    /// </summary>
    private static bool IsTheHeadOfAListItem(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        var sentence = view.Context.Sentences[view.SentenceIndex];
        if (trigger.First > ListItemHeadWords || (view.SentenceIndex > 0 && view.Context.Sentences[view.SentenceIndex - 1].BlockIndex == sentence.BlockIndex
            && !IsItemMarker(view.Context.Sentences[view.SentenceIndex - 1].Text)))
        {
            return false;
        }
        var blocks = view.Context.Document.Blocks;
        var block = blocks[sentence.BlockIndex];
        if (block.Kind == Documents.BlockKind.ListItem)
        {
            return true;
        }
        // Plain text's lists ("i.", "ii.", "(a)") read as short paragraphs under the line that introduces them.
        for (var i = block.Index - 1; i >= 0 && block.Index - i <= MaxItemsAbove; i--)
        {
            if (blocks[i].Text.TrimEnd().EndsWith(':'))
            {
                return IntroducesMeetings(blocks[i].Text);
            }
            if (blocks[i].Text.Length > MaxItemLength)
            {
                return false;
            }
        }
        return false;
    }

    private static readonly string[] MeetingWords = ["met", "meet", "meetings", "summits", "visits", "calls", "talks", "occasions", "contacts", "spoke"];

    /// <summary>"… have met on the following occasions:" introduces meetings; "Why India resists U.S. pressure:" does not.</summary>
    private static bool IntroducesMeetings(string text)
    {
        foreach (var word in text.Split([' ', ',', ':', ';', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (MeetingWords.Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private const int MaxItemsAbove = 12;
    private const int MaxItemLength = 240;

    // "ii.", "(iv)", "3.": an item's marker the sentence splitter left as a sentence of its own.
    private static bool IsItemMarker(string text) =>
        text.Trim().TrimStart('(').TrimEnd('.', ')').All(c => char.IsDigit(c) || "ivxlc".Contains(char.ToLowerInvariant(c)));

    /// <summary>
    /// "The second call came ten days later": a call numbered with "the" is one of the calls the article has been
    /// counting, between the leaders it last named.
    /// </summary>
    /// <summary>
    /// "Modi called Putin that evening. There were more calls in early March. On July 1st there was a longer call …":
    /// after a call, a call that names no one ("there was a call", "another call") is one more between the same two.
    /// </summary>
    private static bool IsAnotherOfTheCallsTold(SentenceView view, PhraseMatch<TriggerWord> trigger, SummitDiscourse discourse) =>
        trigger.Value.Kind == SummitKind.PhoneCall && discourse.LastKind == SummitKind.PhoneCall && SummitSentenceReader.IsAFurtherCall(view.Tokens, trigger.First);

    private static bool IsOneOfTheCallsCounted(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        if (trigger.Value.Kind != SummitKind.PhoneCall)
        {
            return false;
        }
        var noun = trigger.Last;
        return OrdinalReader.EndingAt(view.Tokens, noun - 1) is { } ordinal && view.Tokens.Is(ordinal.First - 1, "the");
    }

    private static bool NamesBothSides(SentenceMention mention) =>
        mention.Participants.Any(person => person.Country == "India") && mention.Participants.Any(person => person.Country == "Russia");

    /// <summary>"their most recent conversation", "they spoke again", "the two spoke by telephone": the two leaders last named.</summary>
    private static bool HasPluralPronounBefore(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        for (var i = trigger.First - 1; i >= 0 && view.SameClause(i, trigger.First) && trigger.First - i <= 6; i--)
        {
            if (view.Tokens.IsAny(i, "they", "their") || IsTheTwoAlone(view, i))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] CountedNouns =
    [
        "sides", "countries", "nations", "governments", "ministers", "ministries", "delegations", "teams", "companies", "firms",
        "banks", "capitals", "states", "parties", "groups", "days", "years", "months", "weeks", "summits", "meetings", "agreements",
        "deals", "leaders", "men", "presidents", "sessions", "rounds", "calls", "visits", "documents", "reactors", "units",
    ];

    // "The two spoke": "the two" standing for the pair, not counting a noun after it ("the two sides").
    private static bool IsTheTwoAlone(SentenceView view, int token) =>
        token >= 1 && token + 1 < view.Tokens.Count && view.Tokens.Is(token, "two") && view.Tokens.Is(token - 1, "the") && view.Tokens[token + 1].IsWord
        && !view.Tokens.IsAny(token + 1, CountedNouns) && !char.IsUpper(view.Tokens.SpanOf(token + 1)[0]);

    private static readonly string[] Messages = ["message", "letter", "greetings", "greeting", "note", "wishes", "regards", "invitation", "condolences"];

    /// <summary>
    /// "was received by Putin and handed over a personal message from Prime Minister Narendra Modi", "on behalf of
    /// Modi", "conveying the greetings of the Prime Minister": a leader who sends word through someone else does not take part in the meeting.
    /// </summary>
    private static bool IsSenderOnly(SentenceView view, int token)
    {
        for (var i = token - 1; i >= Math.Max(0, token - 5); i--)
        {
            if (view.Tokens.Is(i, "from"))
            {
                return i >= 1 && (view.Tokens.IsAny(i - 1, Messages) || (i >= 2 && view.Tokens.IsAny(i - 2, Messages)));
            }
            if (view.Tokens.Is(i, "of"))
            {
                // "conveying the greetings of the Prime Minister"
                return i >= 1 && (view.Tokens.Is(i - 1, "behalf") || view.Tokens.IsAny(i - 1, Messages));
            }
            if (!view.Tokens.IsCapitalized(i) && !view.Tokens.Is(i, "the"))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"Modi, who arrived on Monday, met Putin": a clause set off by a comma shares the sentence's subject; one after ";" does not.</summary>
    private static bool IsCommaSubClause(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        var opener = Array.IndexOf(view.Clauses, view.Clauses[trigger.First]);
        return opener > 0 && view.Tokens.IsPunctuation(opener, ',');
    }

    private static bool HasPronounBefore(SentenceView view, PhraseMatch<TriggerWord> trigger)
    {
        if (OpensWithSubjectPronoun(view, trigger))
        {
            return true;
        }
        for (var i = trigger.First - 1; i >= 0 && view.SameClause(i, trigger.First) && trigger.First - i <= 8; i--)
        {
            if (view.Tokens.IsAny(i, "his", "he", "her", "she"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Putin welcomed him", "hosted her": the guest, named earlier.</summary>
    private static bool HasObjectPronoun(SentenceView view, PhraseMatch<TriggerWord> trigger) =>
        view.Tokens.IsAny(trigger.Last + 1, "him", "her") || (view.Tokens.Is(trigger.Last + 1, "with") && view.Tokens.IsAny(trigger.Last + 2, "him", "her"));

    /// <summary>"He spent a day with Putin at Sochi on May 21, 2018, for an informal summit": the sentence's subject.</summary>
    private static bool OpensWithSubjectPronoun(SentenceView view, PhraseMatch<TriggerWord> trigger) =>
        view.Tokens.IsAny(0, "he", "she") && !view.Tokens.IsPunctuation(1, ',') && trigger.First > 1
        && !Enumerable.Range(1, trigger.First - 1).Any(i => view.Tokens.IsPunctuation(i, ';'));

    private static Person? PronounReferent(SentenceView view, PhraseMatch<TriggerWord> trigger, SentenceMention mention, SummitDiscourse discourse)
    {
        var earlierInSentence = view.Leaders().Where(leader => leader.Token < trigger.First).Select(leader => leader.Person).ToList();
        // "Putin met him": the one met is the leader last spoken of other than the one who met him.
        if (HasObjectPronoun(view, trigger) && earlierInSentence.Count > 0)
        {
            var subject = earlierInSentence[^1];
            var (earlier, later) = discourse.LastTwoLeaders;
            return later is not null && later != subject ? later : earlier is not null && earlier != subject ? earlier : null;
        }
        // "He spent a day with Putin": the subject is not the leader the sentence names after it.
        if (OpensWithSubjectPronoun(view, trigger) && mention.HostCountry is null && earlierInSentence.Count > 0
            && earlierInSentence.TrueForAll(person => person.Country == earlierInSentence[0].Country))
        {
            return earlierInSentence[0].Country == "Russia" ? discourse.LastIndianLeader : discourse.LastRussianLeader;
        }
        Person? OfSide(string country) =>
            earlierInSentence.LastOrDefault(person => person.Country == country)
            ?? (country == "India" ? discourse.LastIndianLeader : discourse.LastRussianLeader);
        return mention.HostCountry switch
        {
            "Russia" => OfSide("India"),
            "India" => OfSide("Russia"),
            _ => earlierInSentence.LastOrDefault() ?? discourse.LastLeader,
        };
    }

    private static void AddIfKnown(SentenceMention mention, Person? person)
    {
        if (person is not null)
        {
            mention.Participants.Add(person);
        }
    }
}
