using BharatBrief.Data.Entities;
using BharatBrief.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BharatBrief.Data.Configurations;

internal sealed class IngestionRunConfiguration : IEntityTypeConfiguration<IngestionRun>
{
    public void Configure(EntityTypeBuilder<IngestionRun> builder)
    {
        builder.Property(run => run.Kind).HasConversion(EnumConverters.Kebab<IngestionSourceKind>());
        // The editors' page reads the latest runs; backoff reads a source's latest runs.
        builder.HasIndex(run => run.StartedAt);
        builder.HasIndex(run => new { run.Source, run.StartedAt });
        builder.HasMany(run => run.Problems).WithOne().HasForeignKey(problem => problem.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IngestionItemConfiguration : IEntityTypeConfiguration<IngestionItem>
{
    public void Configure(EntityTypeBuilder<IngestionItem> builder) =>
        builder.HasIndex(item => new { item.Source, item.Key }).IsUnique();
}
