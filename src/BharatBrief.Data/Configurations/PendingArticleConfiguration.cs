using BharatBrief.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BharatBrief.Data.Configurations;

/// <summary>
/// A table of its own rather than a column of <c>Articles</c>: a column added to that table comes after the bodies and
/// JSON columns, which spill into overflow pages, so every reader's filter on it would read whole rows.
/// </summary>
internal sealed class PendingArticleConfiguration : IEntityTypeConfiguration<PendingArticle>
{
    public void Configure(EntityTypeBuilder<PendingArticle> builder)
    {
        builder.ToTable("PendingArticles");
        builder.HasKey(pending => pending.ArticleId);
        builder.Property(pending => pending.ArticleId).ValueGeneratedNever();
        builder.HasOne(pending => pending.Article).WithOne()
            .HasForeignKey<PendingArticle>(pending => pending.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
