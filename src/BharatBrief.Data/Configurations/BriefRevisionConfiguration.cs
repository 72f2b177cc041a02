using BharatBrief.Data.Entities;
using BharatBrief.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BharatBrief.Data.Configurations;

internal sealed class BriefRevisionConfiguration : IEntityTypeConfiguration<BriefRevision>
{
    public void Configure(EntityTypeBuilder<BriefRevision> builder)
    {
        builder.HasIndex(revision => new { revision.BriefId, revision.Number }).IsUnique();
        builder.Property(revision => revision.Tags).HasJsonConversion(json => json.IReadOnlyListString);
        builder.Property(revision => revision.ChangedFields).HasJsonConversion(json => json.IReadOnlyListString);
    }
}
