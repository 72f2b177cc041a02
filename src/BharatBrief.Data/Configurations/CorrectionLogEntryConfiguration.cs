using BharatBrief.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BharatBrief.Data.Configurations;

internal sealed class CorrectionLogEntryConfiguration : IEntityTypeConfiguration<CorrectionLogEntry>
{
    public void Configure(EntityTypeBuilder<CorrectionLogEntry> builder)
    {
        builder.ToTable("CorrectionLog");
        builder.HasIndex(entry => entry.At);
    }
}
