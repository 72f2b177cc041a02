using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Merging;

/// <summary>
/// The date a story's lead meeting takes from the story itself when the text gives none: "President Putin had a
/// telephone conversation with Prime Minister Modi", under the date line "August 27, 2024", happened that day.
/// </summary>
public static class StoryDay
{
    public const string Text = "the day of the story";

    public static MentionDate DateOf(PartialDate day) => new(Text, TimeOrientation.Past, DateRange.Of(day), DependsOnAsOf: true);

    public static bool IsStoryDay(MentionDate? date) => date is not null && date.Text == Text;
}
