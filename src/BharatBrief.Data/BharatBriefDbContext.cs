using BharatBrief.Data.Entities;
using BharatBrief.Data.Storage;
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

    /// <summary>Articles an ingest stored whose consolidation has not committed yet; readers do not see them.</summary>
    public DbSet<PendingArticle> PendingArticles => Set<PendingArticle>();

    /// <summary>
    /// The articles readers see: every article but the pending ones. Pages, feeds, search and the export read articles
    /// through this, never through <see cref="Articles"/>, which the importer and consolidation use.
    /// </summary>
    public IQueryable<Article> VisibleArticles => Articles.Where(article => !PendingArticles.Any(pending => pending.ArticleId == article.Id));

    /// <summary>The themes of <see cref="VisibleArticles"/>.</summary>
    public IQueryable<ArticleTheme> VisibleArticleThemes => ArticleThemes.Where(link => !PendingArticles.Any(pending => pending.ArticleId == link.ArticleId));

    /// <summary>
    /// The figures of <see cref="VisibleArticles"/>. (Mentions need no such filter where readers reach them through a
    /// summit or an agreement: a pending article's mentions are linked to none until the consolidation that publishes it.)
    /// </summary>
    public IQueryable<FigureRow> VisibleFigures => Figures.Where(figure => !PendingArticles.Any(pending => pending.ArticleId == figure.ArticleId));

    public DbSet<Summit> Summits => Set<Summit>();

    public DbSet<SummitTheme> SummitThemes => Set<SummitTheme>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<AgreementTheme> AgreementThemes => Set<AgreementTheme>();

    public DbSet<Brief> Briefs => Set<Brief>();

    public DbSet<BriefRevision> BriefRevisions => Set<BriefRevision>();

    /// <summary>Editors' unsaved typing in briefs, kept as they type (never on the record).</summary>
    public DbSet<AutosavedDraft> AutosavedDrafts => Set<AutosavedDraft>();

    public DbSet<MentionDirective> MentionDirectives => Set<MentionDirective>();

    public DbSet<FieldOverride> FieldOverrides => Set<FieldOverride>();

    public DbSet<CorrectionLogEntry> CorrectionLog => Set<CorrectionLogEntry>();

    /// <summary>The ingestion worker's runs, one per source and pass, with their skipped and failed items.</summary>
    public DbSet<IngestionRun> IngestionRuns => Set<IngestionRun>();

    public DbSet<IngestionRunProblem> IngestionRunProblems => Set<IngestionRunProblem>();

    /// <summary>What the ingestion worker last took in from each item of its sources, so that nothing is ingested twice.</summary>
    public DbSet<IngestionItem> IngestionItems => Set<IngestionItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BharatBriefDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            PostgreSqlModel.Apply(modelBuilder);
        }
    }
}
