using System.Text.Json;
using BharatBrief.Corpus.World;

namespace BharatBrief.Corpus;

/// <summary>
/// Writes the world behind a corpus — every meeting and agreement with its history — as JSON, the ground truth
/// against which merged summits and agreements can be checked.
/// </summary>
public static class CalendarExport
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void Write(CorpusWorld world, string path)
    {
        var meetings = world.Meetings.Select(meeting => new
        {
            meeting.Id,
            Kind = meeting.Kind.ToString(),
            Status = meeting.IsCancelled ? "cancelled" : "held",
            Start = meeting.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            End = meeting.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            City = meeting.City?.Name,
            Country = meeting.City?.Country,
            meeting.Venue,
            meeting.Ordinal,
            Forum = meeting.Forum?.Name,
            Participants = new[] { meeting.India.FullName, meeting.Russia.FullName },
        });
        var agreements = world.Agreements.Select(agreement => new
        {
            agreement.Name,
            agreement.Acronym,
            agreement.Kind,
            agreement.Theme,
            Steps = agreement.Steps.Select(step => new { Status = step.Status.ToString(), Date = step.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Meeting = step.AtMeeting?.Id }),
        });
        File.WriteAllText(path, JsonSerializer.Serialize(new { meetings, agreements }, Options));
    }
}
