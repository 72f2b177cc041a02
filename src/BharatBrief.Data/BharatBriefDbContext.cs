using BharatBrief.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data;

/// <summary>
/// The BharatBrief store: articles with their facts, the summits and agreements consolidated from them, editors'
/// briefs and corrections, and editors' accounts (ASP.NET Core Identity, in the same file).
/// </summary>
public sealed class BharatBriefDbContext(DbContextOptions<BharatBriefDbContext> options) : IdentityDbContext<IdentityUser>(options)
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

    public DbSet<Brief> Briefs => Set<Brief>();

    public DbSet<BriefRevision> BriefRevisions => Set<BriefRevision>();

    public DbSet<MentionDirective> MentionDirectives => Set<MentionDirective>();

    public DbSet<FieldOverride> FieldOverrides => Set<FieldOverride>();

    public DbSet<CorrectionLogEntry> CorrectionLog => Set<CorrectionLogEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BharatBriefDbContext).Assembly);
    }
}
