using BharatBrief.Data.Entities;
using BharatBrief.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BharatBrief.Data.Configurations;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.ToTable("Agreements");
        builder.HasIndex(agreement => agreement.Slug).IsUnique();
        builder.HasIndex(agreement => agreement.Status);
        builder.HasIndex(agreement => agreement.Kind);
        // The review queue lists what falls below the public threshold.
        builder.HasIndex(agreement => agreement.Confidence);
        builder.Property(agreement => agreement.ConfidenceNotes).HasJsonConversion(json => json.IReadOnlyListString);
        builder.Property(agreement => agreement.Kind).HasConversion(EnumConverters.AgreementKind);
        builder.Property(agreement => agreement.Status).HasConversion(EnumConverters.AgreementStatus);
        builder.Property(agreement => agreement.Aliases).HasJsonConversion(json => json.IReadOnlyListString);
        builder.Property(agreement => agreement.History).HasJsonConversion(json => json.IReadOnlyListStoredStatusChange);
        builder.HasOne(agreement => agreement.Summit).WithMany(summit => summit.Agreements)
            .HasForeignKey(agreement => agreement.SummitId).OnDelete(DeleteBehavior.SetNull);
    }
}
