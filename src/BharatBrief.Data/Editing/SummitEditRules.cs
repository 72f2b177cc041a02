using BharatBrief.Data.Importing.Consolidating;
using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Data.Editing;

/// <summary>What an editor may set a summit's fields to, each rule with the message shown beside its field.</summary>
public static class SummitEditRules
{
    public static IReadOnlyDictionary<string, string> Check(IReadOnlyDictionary<string, string?> changes)
    {
        var errors = new Dictionary<string, string>();
        foreach (var (field, value) in changes)
        {
            var message = field switch
            {
                _ when PlainText.HasControlCharacters(value) => PlainText.OneLineMessage,
                SummitFields.Kind when !Slugs.TryParse(value, out SummitKind _) => "Choose a kind of meeting.",
                SummitFields.Status when !Slugs.TryParse(value, out SummitStatus _) => "Choose planned, held or cancelled.",
                SummitFields.Start or SummitFields.End when value is not null && !PartialDate.TryParse(value, out _) =>
                    "Write the date as YYYY, YYYY-MM or YYYY-MM-DD, to the precision the sources support.",
                SummitFields.Ordinal when value is not null && !(int.TryParse(value, out var number) && number is > 0 and < 500) =>
                    "The number of an annual summit is a whole number such as 22.",
                SummitFields.Title when string.IsNullOrWhiteSpace(value) || value.Length > 300 => "A title of up to 300 characters.",
                SummitFields.City or SummitFields.Country or SummitFields.Venue when value is { Length: > 100 } => "Keep it under 100 characters.",
                _ when !SummitFields.All.Contains(field) => "This field cannot be corrected.",
                _ => null,
            };
            if (message is not null)
            {
                errors[field] = message;
            }
        }
        if (changes.TryGetValue(SummitFields.Start, out var start) && changes.TryGetValue(SummitFields.End, out var end)
            && PartialDate.TryParse(start, out var from) && PartialDate.TryParse(end, out var to) && to.LastDay < from.FirstDay)
        {
            errors[SummitFields.End] = "The meeting cannot end before it starts.";
        }
        return errors;
    }
}
