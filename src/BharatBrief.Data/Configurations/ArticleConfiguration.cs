using BharatBrief.Data.Entities;
using BharatBrief.Data.Search;
using BharatBrief.Data.Storage;
using BharatBrief.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BharatBrief.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        // The full-text index is kept in step by triggers (see the InitialCreate migration); declaring them makes
        // EF Core read generated keys without RETURNING, which SQLite does not combine with such triggers.
        builder.ToTable("Articles", table =>
        {
            table.HasTrigger(ArticleSearchIndex.AfterInsertTrigger);
            table.HasTrigger(ArticleSearchIndex.AfterUpdateTrigger);
            table.HasTrigger(ArticleSearchIndex.AfterDeleteTrigger);
        });
        builder.HasIndex(article => article.Slug).IsUnique();
        builder.HasIndex(article => article.SourceName).IsUnique().HasFilter("\"SourceName\" IS NOT NULL");
        builder.HasIndex(article => article.ContentHash);
        builder.HasIndex(article => article.BriefId).IsUnique().HasFilter("\"BriefId\" IS NOT NULL");
        builder.HasIndex(article => article.PublishedOn);
        builder.HasIndex(article => article.AsOf);

        builder.Property(article => article.Format).HasConversion(EnumConverters.Kebab<ArticleFormat>());
        builder.Property(article => article.Outline).HasJsonConversion(json => json.ArticleOutline);
        builder.Property(article => article.Entities).HasJsonConversion(json => json.IReadOnlyListStoredEntity);
    }
}
