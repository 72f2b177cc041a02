using BharatBrief.Data.Entities;
using BharatBrief.Ingestion.Extractors.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BharatBrief.Data.Configurations;

internal sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.ToTable("Themes");
        builder.HasKey(theme => theme.Slug);
        // The taxonomy is fixed and versioned with the code: a change to themes.json needs a migration, and the
        // model check in the tests says so.
        builder.HasData(ThemeTaxonomy.All.Select((theme, position) => new Theme
        {
            Slug = theme.Slug,
            Name = theme.Name,
            About = theme.About,
            Position = position,
        }));
    }
}
