using BharatBrief.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BharatBrief.Data.Configurations;

internal sealed class AutosavedDraftConfiguration : IEntityTypeConfiguration<AutosavedDraft>
{
    public void Configure(EntityTypeBuilder<AutosavedDraft> builder)
    {
        // One draft per editor and brief; SQLite counts NULLs as distinct, so a new brief's draft has an index of its own.
        builder.HasIndex(draft => new { draft.Editor, draft.BriefId }).IsUnique().HasFilter("\"BriefId\" IS NOT NULL");
        builder.HasIndex(draft => draft.Editor).IsUnique().HasFilter("\"BriefId\" IS NULL");
        builder.HasOne(draft => draft.Brief).WithMany().HasForeignKey(draft => draft.BriefId).OnDelete(DeleteBehavior.Cascade);
    }
}
