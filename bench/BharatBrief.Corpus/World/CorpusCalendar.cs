namespace BharatBrief.Corpus.World;

/// <summary>The span of time the corpus covers: meetings from 2000, articles written up to late 2026.</summary>
public static class CorpusCalendar
{
    public static readonly DateOnly FirstMeeting = new(2000, 6, 1);
    public static readonly DateOnly LastArticle = new(2026, 11, 30);
    public const int LastYear = 2026;

    public static DateOnly Between(Random random, DateOnly from, DateOnly to) =>
        to <= from ? from : DateOnly.FromDayNumber(random.Next(from.DayNumber, to.DayNumber + 1));

    public static DateOnly DayIn(Random random, int year, int firstMonth, int lastMonth) =>
        new(year, random.Next(firstMonth, lastMonth + 1), random.Next(1, 29));
}
