using BharatBrief.Corpus.World;

namespace BharatBrief.Corpus.Writing;

/// <summary>
/// The earlier meetings an article recalls, each in the words of its kind, and now and then a "last summit" claim —
/// a stale one in a few articles, as in real reporting, so that consolidation meets conflicting sources.
/// </summary>
public static class HistoryWriter
{
    public static Section? Section(ArticlePlan plan, CorpusWorld world, PhraseDraw draw, Slots article)
    {
        if (plan.Recalled.Count == 0)
        {
            return null;
        }
        var random = draw.Random;
        var section = new Section(draw.Write(article, "heading.history"), []);
        foreach (var meeting in plan.Recalled)
        {
            var slots = MeetingSlots.For(meeting, plan.Date, world.Book, article);
            section.Blocks.Add(new Paragraph(draw.Write(slots, $"recall.{MeetingSlots.ClassOf(meeting)}")));
        }
        var summits = world.Meetings.Where(meeting => meeting.Kind == MeetingKind.AnnualSummit && !meeting.IsCancelled && meeting.End < plan.Date).ToList();
        if (summits.Count > 1 && random.Next(3) == 0)
        {
            var claimed = random.Next(20) == 0 ? summits[^2] : summits[^1];
            var slots = MeetingSlots.For(claimed, plan.Date, world.Book, article);
            var last = (Paragraph)section.Blocks[^1];
            section.Blocks[^1] = new Paragraph($"{last.Text} {draw.Write(slots, "recall.latest")}");
        }
        return section;
    }
}
