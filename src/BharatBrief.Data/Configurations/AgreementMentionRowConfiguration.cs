using BharatBrief.Data.Entities;
using BharatBrief.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BharatBrief.Data.Configurations;

internal sealed class AgreementMentionRowConfiguration : IEntityTypeConfiguration<AgreementMentionRow>
{
    public void Configure(EntityTypeBuilder<AgreementMentionRow> builder)
    {
        builder.ToTable("AgreementMentions");
        builder.HasIndex(mention => new { mention.ArticleId, mention.Index }).IsUnique();
        builder.Property(mention => mention.Kind).HasConversion(EnumConverters.AgreementKind);
        builder.Property(mention => mention.Status).HasConversion(EnumConverters.AgreementStatus);
        builder.Property(mention => mention.Aliases).HasJsonConversion(json => json.IReadOnlyListString);
        builder.Property(mention => mention.Statuses).HasJsonConversion(json => json.IReadOnlyListStoredStatusClaim);
        builder.Property(mention => mention.Themes).HasJsonConversion(json => json.IReadOnlyListString);
        builder.Property(mention => mention.Evidence).HasJsonConversion(json => json.IReadOnlyListStoredEvidence);
        builder.HasOne(mention => mention.Article).WithMany(article => article.AgreementMentions)
            .HasForeignKey(mention => mention.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(mention => mention.Agreement).WithMany(agreement => agreement.Mentions)
            .HasForeignKey(mention => mention.AgreementId).OnDelete(DeleteBehavior.SetNull);
    }
}
