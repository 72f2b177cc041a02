using BharatBrief.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BharatBrief.Data.Configurations;

internal sealed class AgreementThemeConfiguration : IEntityTypeConfiguration<AgreementTheme>
{
    public void Configure(EntityTypeBuilder<AgreementTheme> builder)
    {
        builder.ToTable("AgreementThemes");
        builder.HasKey(theme => new { theme.AgreementId, theme.ThemeSlug });
        builder.HasIndex(theme => theme.ThemeSlug);
        builder.HasOne(theme => theme.Agreement).WithMany(agreement => agreement.Themes).HasForeignKey(theme => theme.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(theme => theme.Theme).WithMany().HasForeignKey(theme => theme.ThemeSlug).OnDelete(DeleteBehavior.Restrict);
    }
}
