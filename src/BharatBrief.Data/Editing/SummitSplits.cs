using BharatBrief.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Editing;

/// <summary>
/// Creates the summit a split moves mentions to, as a copy of the original; consolidation then fills it from the
/// mentions pinned to it.
/// </summary>
internal static class SummitSplits
{
    public static async Task<Summit> CreateAsync(BharatBriefDbContext db, Summit original, CancellationToken cancellationToken)
    {
        var slug = $"{original.Slug}-split";
        for (var n = 2; await db.Summits.AnyAsync(s => s.Slug == slug, cancellationToken); n++)
        {
            slug = $"{original.Slug}-split-{n}";
        }
        var split = new Summit
        {
            Slug = slug,
            Title = original.Title,
            Kind = original.Kind,
            Status = original.Status,
            Start = original.Start,
            End = original.End,
            StartsOn = original.StartsOn,
            Year = original.Year,
            City = original.City,
            Country = original.Country,
            Venue = original.Venue,
            Forum = original.Forum,
            Participants = original.Participants,
            Conflicts = [],
            Fingerprint = "",
        };
        db.Summits.Add(split);
        await db.SaveChangesAsync(cancellationToken);
        return split;
    }
}
