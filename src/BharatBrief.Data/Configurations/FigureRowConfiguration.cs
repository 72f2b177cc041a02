using BharatBrief.Data.Entities;
using BharatBrief.Data.Storage;
using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BharatBrief.Data.Configurations;

internal sealed class FigureRowConfiguration : IEntityTypeConfiguration<FigureRow>
{
    public void Configure(EntityTypeBuilder<FigureRow> builder)
    {
        builder.ToTable("Figures");
        builder.HasIndex(figure => new { figure.ArticleId, figure.Index }).IsUnique();
        builder.HasIndex(figure => figure.Value);
        builder.Property(figure => figure.Kind).HasConversion(EnumConverters.Kebab<FigureKind>());
        builder.Property(figure => figure.DateOrientation).HasConversion(EnumConverters.Kebab<TimeOrientation>());
        builder.Property(figure => figure.Evidence).HasJsonConversion(json => json.StoredEvidence);
        builder.HasOne(figure => figure.Article).WithMany(article => article.Figures)
            .HasForeignKey(figure => figure.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
