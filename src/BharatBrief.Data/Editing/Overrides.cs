using System.Text.Json;
using BharatBrief.Data.Entities;
using BharatBrief.Data.Importing.Consolidating;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Editing;

/// <summary>Writes editors' field overrides: one per field of a summit or agreement, the latest value winning.</summary>
internal static class Overrides
{
    public static async Task SetAsync(BharatBriefDbContext db, string entity, int entityId, string field, string? value, string user, DateTime at, CancellationToken cancellationToken)
    {
        var existing = await db.FieldOverrides.SingleOrDefaultAsync(o => o.Entity == entity && o.EntityId == entityId && o.Field == field, cancellationToken);
        if (existing is null)
        {
            db.FieldOverrides.Add(new FieldOverride { Entity = entity, EntityId = entityId, Field = field, Value = value, CreatedBy = user, CreatedAt = at });
        }
        else
        {
            existing.Value = value;
            existing.CreatedBy = user;
            existing.CreatedAt = at;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task<List<string>> AddedAliasesAsync(BharatBriefDbContext db, int agreementId, CancellationToken cancellationToken)
    {
        var json = await db.FieldOverrides.AsNoTracking()
            .Where(o => o.Entity == RowCorrections.AgreementEntity && o.EntityId == agreementId && o.Field == AgreementFields.Aliases)
            .Select(o => o.Value).SingleOrDefaultAsync(cancellationToken);
        return json is null ? [] : JsonSerializer.Deserialize<List<string>>(json) ?? [];
    }
}
