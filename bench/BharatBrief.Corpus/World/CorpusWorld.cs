using BharatBrief.Corpus.Writing;

namespace BharatBrief.Corpus.World;

/// <summary>Everything articles report on, built once from the seed: the calendar of meetings and the agreements pool.</summary>
public sealed class CorpusWorld
{
    private CorpusWorld(Phrasebook book, Offices offices, Places places, IReadOnlyList<Meeting> meetings, IReadOnlyList<Agreement> agreements)
    {
        Book = book;
        Offices = offices;
        Places = places;
        Meetings = meetings;
        Agreements = agreements;
    }

    public Phrasebook Book { get; }

    public Offices Offices { get; }

    public Places Places { get; }

    public IReadOnlyList<Meeting> Meetings { get; }

    public IReadOnlyList<Agreement> Agreements { get; }

    public static CorpusWorld Build(int seed, Phrasebook book)
    {
        var random = new Random(seed);
        var offices = new Offices(book);
        var places = new Places(book);
        var meetings = MeetingCalendar.Build(random, book, offices, places);
        return new CorpusWorld(book, offices, places, meetings, AgreementPool.Build(random, book, meetings));
    }
}
