using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>
/// What the reader remembers from one sentence to the next: the Indian and Russian leaders last named (for "he",
/// "his", "the two leaders") and a time frame set at the head of a paragraph ("In 2024, …") that its later sentences share.
/// </summary>
internal sealed class SummitDiscourse
{
    /// <summary>Whose words each sentence gives, in a transcript.</summary>
    public required SpeakerTurns Turns { get; init; }

    public Person? LastIndianLeader { get; private set; }

    public Person? LastRussianLeader { get; private set; }

    public Person? LastLeader { get; private set; }

    public int FrameBlock { get; private set; } = -1;

    public DateMatch? Frame { get; private set; }

    /// <summary>The last two leaders named, of any country: "they" and "their" point to them.</summary>
    public (Person? Earlier, Person? Later) LastTwoLeaders { get; private set; }

    /// <summary>"They spoke again on July 1": the Indian and the Russian leader, when they are the last two leaders named.</summary>
    public (Person Indian, Person Russian)? PairForThey =>
        LastTwoLeaders is ({ } a, { } b) && a.Country != b.Country && a.Country is "India" or "Russia" && b.Country is "India" or "Russia"
            ? (a.Country == "India" ? (a, b) : (b, a))
            : null;

    /// <summary>
    /// True when the sentence before counted calls ("It was the fifth conversation of its kind this year"): an ordinal
    /// with no noun after it ("The first came on February 24") is then a call.
    /// </summary>
    public bool SentenceBeforeCountsCalls { get; set; }

    /// <summary>True when one of the last two leaders named is neither India's nor Russia's: "they" are not the two sides.</summary>
    public bool LastTwoIncludeAThirdCountry =>
        LastTwoLeaders is ({ } a, { } b) && (a.Country is not ("India" or "Russia") || b.Country is not ("India" or "Russia"));

    public void Saw(Person person)
    {
        if (!person.IsHead)
        {
            return;
        }
        if (!ReferenceEquals(LastTwoLeaders.Later, person))
        {
            LastTwoLeaders = (LastTwoLeaders.Later, person);
        }
        if (person.Country == "India")
        {
            LastIndianLeader = person;
            LastLeader = person;
        }
        else if (person.Country == "Russia")
        {
            LastRussianLeader = person;
            LastLeader = person;
        }
    }

    /// <summary>The forum summit last named with its host city ("the SCO summit in Tianjin"), and the block it was named in.</summary>
    public (string Forum, City City, int Block, int? Year)? LastForumSummit { get; private set; }

    /// <param name="year">The year the sentence naming it states, if any.</param>
    public void SawForumSummit(string forum, City city, int blockIndex, int? year) => LastForumSummit = (forum, city, blockIndex, year);

    /// <summary>True once the article has named an India–Russia annual summit.</summary>
    public bool AnnualSeriesNamed { get; set; }

    /// <summary>
    /// The forum summit "the summit" points back to: one named in this block or the one before it, or anywhere before
    /// in an article that has named no India–Russia annual summit ("the summit's main session", paragraphs after "the
    /// SCO summit in Tianjin"), unless the two sentences state different years ("In 2019 … the Eastern Economic Forum. In
    /// 2020, the summit is called off").
    /// </summary>
    public (string Forum, City City)? ForumSummitFor(int blockIndex, int? year) =>
        LastForumSummit is { } last && (blockIndex - last.Block <= 1 || !AnnualSeriesNamed) && (year is null || last.Year is null || year == last.Year)
            ? (last.Forum, last.City) : null;

    public void SetFrame(int blockIndex, DateMatch frame)
    {
        FrameBlock = blockIndex;
        Frame = frame;
    }

    public DateMatch? FrameFor(int blockIndex) => blockIndex == FrameBlock ? Frame : null;

    private (int Block, Named Place)? _labelPlace;

    /// <summary>"*New Delhi, December 24, 2012.* Putin's one-day visit …": the place a caption's label gives its block.</summary>
    public void SetLabelPlace(int blockIndex, Named place) => _labelPlace = (blockIndex, place);

    public Named? LabelPlaceFor(int blockIndex) => _labelPlace is { } label && label.Block == blockIndex ? label.Place : null;

    /// <summary>
    /// The date a heading gives the section under it ("THURSDAY 4", "Kazan, 22 October"), until the next heading; null
    /// under a heading that gives none.
    /// </summary>
    public DateMatch? SectionFrame { get; set; }

    /// <summary>True under a heading that names calls ("Telephone conversations"), until the next heading.</summary>
    public bool SectionListsCalls { get; set; }

    /// <summary>True once a paragraph of the story has been read, past the title lines.</summary>
    public bool StoryBegun { get; set; }

    /// <summary>The year the narrative last stated in full ("on October 3, 2000"), from which "the next year" counts.</summary>
    public int? StoryYear { get; set; }

    /// <summary>
    /// The month the narrative last placed in a year ("December last year", "in July 2024") and the sentence that placed
    /// it, in whose next sentence an untensed "on December 6th" falls.
    /// </summary>
    public (int Year, int Month, int SentenceIndex)? StoryMonth { get; set; }

    /// <summary>The day the narrative last stated in full ("On 24 February 2022 Russia invaded Ukraine."), which "that night" means.</summary>
    public DateMatch? StoryDay { get; set; }

    /// <summary>The kind of the last meeting the article told, which "the two leaders spoke again" repeats.</summary>
    public SummitKind? LastKind { get; set; }
}
