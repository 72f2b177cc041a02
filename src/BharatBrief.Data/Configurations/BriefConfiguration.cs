using BharatBrief.Data.Entities;
using BharatBrief.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BharatBrief.Data.Configurations;

internal sealed class BriefConfiguration : IEntityTypeConfiguration<Brief>
{
    public void Configure(EntityTypeBuilder<Brief> builder)
    {
        builder.Property(brief => brief.Version).IsConcurrencyToken();
        builder.Property(brief => brief.State).HasConversion(EnumConverters.Kebab<BriefState>());
        builder.Property(brief => brief.Tags).HasJsonConversion(json => json.IReadOnlyListString);
        builder.HasIndex(brief => brief.State);
        builder.HasIndex(brief => brief.ArticleId).IsUnique().HasFilter("\"ArticleId\" IS NOT NULL");
        // Unpublishing deletes the article; the brief keeps its text.
        builder.HasOne(brief => brief.Article).WithOne().HasForeignKey<Brief>(brief => brief.ArticleId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(brief => brief.Revisions).WithOne(revision => revision.Brief).HasForeignKey(revision => revision.BriefId).OnDelete(DeleteBehavior.Cascade);
    }
}
