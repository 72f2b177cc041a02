using BharatBrief.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data;

/// <summary>The BharatBrief store: articles with their facts, and the summits and agreements consolidated from them.</summary>
public sealed class BharatBriefDbContext(DbContextOptions<BharatBriefDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Theme> Themes => Set<Theme>();

    public DbSet<ArticleTheme> ArticleThemes => Set<ArticleTheme>();

    public DbSet<SummitMentionRow> SummitMentions => Set<SummitMentionRow>();

    public DbSet<AgreementMentionRow> AgreementMentions => Set<AgreementMentionRow>();

    public DbSet<FigureRow> Figures => Set<FigureRow>();

    public DbSet<Summit> Summits => Set<Summit>();

    public DbSet<SummitTheme> SummitThemes => Set<SummitTheme>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<AgreementTheme> AgreementThemes => Set<AgreementTheme>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BharatBriefDbContext).Assembly);
}
