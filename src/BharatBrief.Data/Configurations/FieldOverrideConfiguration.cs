using BharatBrief.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BharatBrief.Data.Configurations;

internal sealed class FieldOverrideConfiguration : IEntityTypeConfiguration<FieldOverride>
{
    public void Configure(EntityTypeBuilder<FieldOverride> builder) =>
        builder.HasIndex(item => new { item.Entity, item.EntityId, item.Field }).IsUnique();
}
