using BharatBrief.Data.Entities;
using BharatBrief.Data.Storage;
using BharatBrief.Ingestion.Dates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BharatBrief.Data.Configurations;

internal sealed class SummitMentionRowConfiguration : IEntityTypeConfiguration<SummitMentionRow>
{
    public void Configure(EntityTypeBuilder<SummitMentionRow> builder)
    {
        builder.ToTable("SummitMentions");
        builder.HasIndex(mention => new { mention.ArticleId, mention.Index }).IsUnique();
        builder.Property(mention => mention.Kind).HasConversion(EnumConverters.SummitKind);
        builder.Property(mention => mention.Status).HasConversion(EnumConverters.SummitStatus);
        builder.Property(mention => mention.DateOrientation).HasConversion(EnumConverters.Kebab<TimeOrientation>());
        builder.Property(mention => mention.Participants).HasJsonConversion(json => json.IReadOnlyListString);
        builder.Property(mention => mention.Evidence).HasJsonConversion(json => json.IReadOnlyListStoredEvidence);
        builder.Property(mention => mention.Themes).HasJsonConversion(json => json.IReadOnlyListString);
        builder.HasOne(mention => mention.Article).WithMany(article => article.SummitMentions)
            .HasForeignKey(mention => mention.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(mention => mention.Summit).WithMany(summit => summit.Mentions)
            .HasForeignKey(mention => mention.SummitId).OnDelete(DeleteBehavior.SetNull);
    }
}
