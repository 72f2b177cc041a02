using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Gazetteers;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>
/// What the reader remembers from one sentence to the next: the Indian and Russian leaders last named (for "he",
/// "his", "the two leaders") and a time frame set at the head of a paragraph ("In 2024, …") that its later sentences share.
/// </summary>
internal sealed class SummitDiscourse
{
    public Person? LastIndianLeader { get; private set; }

    public Person? LastRussianLeader { get; private set; }

    public Person? LastLeader { get; private set; }

    public int FrameBlock { get; private set; } = -1;

    public DateMatch? Frame { get; private set; }

    public void Saw(Person person)
    {
        if (!person.IsHead)
        {
            return;
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

    public void SetFrame(int blockIndex, DateMatch frame)
    {
        FrameBlock = blockIndex;
        Frame = frame;
    }

    public DateMatch? FrameFor(int blockIndex) => blockIndex == FrameBlock ? Frame : null;
}
