using BharatBrief.Data.Entities;
using BharatBrief.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BharatBrief.Data.Configurations;

internal sealed class SummitConfiguration : IEntityTypeConfiguration<Summit>
{
    public void Configure(EntityTypeBuilder<Summit> builder)
    {
        builder.ToTable("Summits");
        builder.HasIndex(summit => summit.Slug).IsUnique();
        // What reader pages filter and sort summits by.
        builder.HasIndex(summit => summit.Year);
        builder.HasIndex(summit => summit.Status);
        builder.HasIndex(summit => summit.Kind);
        builder.HasIndex(summit => summit.StartsOn);
        // The review queue lists what falls below the public threshold.
        builder.HasIndex(summit => summit.Confidence);
        builder.Property(summit => summit.ConfidenceNotes).HasJsonConversion(json => json.IReadOnlyListString);
        builder.Property(summit => summit.Kind).HasConversion(EnumConverters.SummitKind);
        builder.Property(summit => summit.Status).HasConversion(EnumConverters.SummitStatus);
        builder.Property(summit => summit.Participants).HasJsonConversion(json => json.IReadOnlyListString);
        builder.Property(summit => summit.Conflicts).HasJsonConversion(json => json.IReadOnlyListStoredConflict);
    }
}
