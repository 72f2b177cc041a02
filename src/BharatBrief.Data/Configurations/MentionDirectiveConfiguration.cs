using BharatBrief.Data.Entities;
using BharatBrief.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BharatBrief.Data.Configurations;

internal sealed class MentionDirectiveConfiguration : IEntityTypeConfiguration<MentionDirective>
{
    public void Configure(EntityTypeBuilder<MentionDirective> builder)
    {
        builder.Property(directive => directive.Target).HasConversion(EnumConverters.Kebab<CorrectionTarget>());
        builder.HasIndex(directive => new { directive.Target, directive.ArticleId, directive.MentionIndex }).IsUnique();
        // An article that goes takes the decisions about its mentions with it; a summit that goes, the pins to it.
        builder.HasOne<Article>().WithMany().HasForeignKey(directive => directive.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Summit>().WithMany().HasForeignKey(directive => directive.SummitId).OnDelete(DeleteBehavior.Cascade);
    }
}
