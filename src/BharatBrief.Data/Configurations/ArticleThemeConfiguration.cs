using BharatBrief.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BharatBrief.Data.Configurations;

internal sealed class ArticleThemeConfiguration : IEntityTypeConfiguration<ArticleTheme>
{
    public void Configure(EntityTypeBuilder<ArticleTheme> builder)
    {
        builder.ToTable("ArticleThemes");
        builder.HasKey(theme => new { theme.ArticleId, theme.ThemeSlug });
        builder.HasIndex(theme => theme.ThemeSlug);
        builder.HasOne(theme => theme.Article).WithMany(article => article.Themes).HasForeignKey(theme => theme.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(theme => theme.Theme).WithMany().HasForeignKey(theme => theme.ThemeSlug).OnDelete(DeleteBehavior.Restrict);
    }
}
