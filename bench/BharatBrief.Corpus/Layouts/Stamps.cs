using System.Globalization;
using BharatBrief.Corpus.Writing;

namespace BharatBrief.Corpus.Layouts;

/// <summary>
/// The "Published on …" and "Updated: …" lines that pasted web pages carry: the only date some articles have,
/// and missing from many, as in the seeds.
/// </summary>
public static class Stamps
{
    public static string Line(DateOnly date, Random random)
    {
        var time = $"{random.Next(6, 23):00}:{random.Next(60):00} IST";
        return random.Next(4) switch
        {
            0 => $"Published on {DatePhrases.Long(date)}",
            1 => $"Updated: {date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture)} {time}",
            2 => $"Published: {DatePhrases.Iso(date)}",
            _ => $"First published: {DatePhrases.Long(date)}, {time}",
        };
    }
}
