using System.Text.Json;
using BharatBrief.Data.Entities;
using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>
/// Editors' field overrides, laid over what consolidation computes for the summits and agreements they correct.
/// A summit's title is made again from its corrected fields unless the title itself was corrected.
/// </summary>
internal sealed class RowCorrections
{
    public const string SummitEntity = "summit";
    public const string AgreementEntity = "agreement";

    private readonly ILookup<(string Entity, int Id), FieldOverride> _overrides;

    private RowCorrections(IEnumerable<FieldOverride> overrides)
    {
        _overrides = overrides.ToLookup(item => (item.Entity, item.EntityId));
    }

    public static async Task<RowCorrections> LoadAsync(BharatBriefDbContext db, CancellationToken cancellationToken) =>
        new(await db.FieldOverrides.AsNoTracking().ToListAsync(cancellationToken));

    public void Apply(Summit row, int id)
    {
        var fields = _overrides[(SummitEntity, id)].ToDictionary(item => item.Field, item => item.Value);
        if (fields.Count == 0)
        {
            return;
        }
        SummitFields.Apply(row, fields);
        if (fields.TryGetValue(ReviewFields.Review, out var decision))
        {
            ReviewFields.Apply(decision, row.Confidence, notes => row.ConfidenceNotes = notes, score => row.Confidence = score);
        }
        if (!fields.ContainsKey(SummitFields.Title))
        {
            row.Title = TitleOf(row);
        }
    }

    public void Apply(Agreement row, int id)
    {
        foreach (var item in _overrides[(AgreementEntity, id)])
        {
            switch (item.Field)
            {
                case AgreementFields.Name when item.Value is { Length: > 0 } name:
                    row.Name = name;
                    break;
                case AgreementFields.Aliases when item.Value is not null:
                    var added = JsonSerializer.Deserialize<string[]>(item.Value) ?? [];
                    row.Aliases = [.. row.Aliases.Concat(added).Where(alias => !alias.Equals(row.Name, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase)];
                    break;
                case AgreementFields.Status when Slugs.TryParse(item.Value, out AgreementStatus status):
                    row.Status = status;
                    break;
                case AgreementFields.StatusSource:
                    row.StatusSource = item.Value;
                    break;
                case AgreementFields.Kind when Slugs.TryParse(item.Value, out AgreementKind kind):
                    row.Kind = kind;
                    break;
                case ReviewFields.Review:
                    ReviewFields.Apply(item.Value, row.Confidence, notes => row.ConfidenceNotes = notes, score => row.Confidence = score);
                    break;
            }
        }
    }

    private static string TitleOf(Summit row)
    {
        var gazetteer = Gazetteer.Default;
        var visitor = row.Participants.FirstOrDefault(name => gazetteer.FindPerson(name) is { } person && person.Country != row.Country);
        return SummitTitles.For(row.Kind, row.Ordinal, row.Forum, row.City, row.Country, row.Start, row.Participants, visitor);
    }
}
