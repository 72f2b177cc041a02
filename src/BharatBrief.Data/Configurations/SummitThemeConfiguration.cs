using BharatBrief.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BharatBrief.Data.Configurations;

internal sealed class SummitThemeConfiguration : IEntityTypeConfiguration<SummitTheme>
{
    public void Configure(EntityTypeBuilder<SummitTheme> builder)
    {
        builder.ToTable("SummitThemes");
        builder.HasKey(theme => new { theme.SummitId, theme.ThemeSlug });
        builder.HasIndex(theme => theme.ThemeSlug);
        builder.HasOne(theme => theme.Summit).WithMany(summit => summit.Themes).HasForeignKey(theme => theme.SummitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(theme => theme.Theme).WithMany().HasForeignKey(theme => theme.ThemeSlug).OnDelete(DeleteBehavior.Restrict);
    }
}
