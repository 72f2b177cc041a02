using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace BharatBrief.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Articles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "text", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    TitleIsDerived = table.Column<bool>(type: "boolean", nullable: false),
                    Lede = table.Column<string>(type: "text", nullable: true),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Format = table.Column<string>(type: "text", nullable: false),
                    SourceName = table.Column<string>(type: "text", nullable: true),
                    BriefId = table.Column<int>(type: "integer", nullable: true),
                    Url = table.Column<string>(type: "text", nullable: true),
                    Outlet = table.Column<string>(type: "text", nullable: true),
                    Author = table.Column<string>(type: "text", nullable: true),
                    ContentHash = table.Column<string>(type: "text", nullable: false),
                    MetadataHash = table.Column<string>(type: "text", nullable: true),
                    PipelineVersion = table.Column<string>(type: "text", nullable: false),
                    PublishedOn = table.Column<string>(type: "text", nullable: true),
                    AsOf = table.Column<string>(type: "text", nullable: true),
                    AsOfBasis = table.Column<string>(type: "text", nullable: false),
                    OwnAsOf = table.Column<string>(type: "text", nullable: true),
                    OwnAsOfBasis = table.Column<string>(type: "text", nullable: false),
                    OwnAsOfIsLowerBound = table.Column<bool>(type: "boolean", nullable: false),
                    WordCount = table.Column<int>(type: "integer", nullable: false),
                    IngestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Outline = table.Column<string>(type: "text", nullable: false),
                    Entities = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CorrectionLog",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    User = table.Column<string>(type: "text", nullable: false),
                    Action = table.Column<string>(type: "text", nullable: false),
                    Subject = table.Column<string>(type: "text", nullable: false),
                    Before = table.Column<string>(type: "text", nullable: false),
                    After = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CorrectionLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FieldOverrides",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Entity = table.Column<string>(type: "text", nullable: false),
                    EntityId = table.Column<int>(type: "integer", nullable: false),
                    Field = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldOverrides", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Summits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "text", nullable: false),
                    Fingerprint = table.Column<string>(type: "text", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    Start = table.Column<string>(type: "text", nullable: true),
                    End = table.Column<string>(type: "text", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    City = table.Column<string>(type: "text", nullable: true),
                    Country = table.Column<string>(type: "text", nullable: true),
                    Venue = table.Column<string>(type: "text", nullable: true),
                    Forum = table.Column<string>(type: "text", nullable: true),
                    Ordinal = table.Column<int>(type: "integer", nullable: true),
                    OrdinalIsDerived = table.Column<bool>(type: "boolean", nullable: false),
                    Participants = table.Column<string>(type: "text", nullable: false),
                    Conflicts = table.Column<string>(type: "text", nullable: false),
                    Confidence = table.Column<double>(type: "double precision", nullable: false),
                    ConfidenceNotes = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Summits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Themes",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    About = table.Column<string>(type: "text", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Themes", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "Briefs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "text", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SourceName = table.Column<string>(type: "text", nullable: true),
                    SourceUrl = table.Column<string>(type: "text", nullable: true),
                    Tags = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<string>(type: "text", nullable: false),
                    ArticleId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Briefs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Briefs_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Figures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    What = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric", nullable: false),
                    AmountHigh = table.Column<decimal>(type: "numeric", nullable: true),
                    Unit = table.Column<string>(type: "text", nullable: false),
                    DateText = table.Column<string>(type: "text", nullable: true),
                    DateOrientation = table.Column<string>(type: "text", nullable: true),
                    DateStart = table.Column<string>(type: "text", nullable: true),
                    DateEnd = table.Column<string>(type: "text", nullable: true),
                    DateDependsOnAsOf = table.Column<bool>(type: "boolean", nullable: false),
                    Evidence = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Figures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Figures_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PendingArticles",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingArticles", x => x.ArticleId);
                    table.ForeignKey(
                        name: "FK_PendingArticles_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Agreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "text", nullable: false),
                    Fingerprint = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Aliases = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    Date = table.Column<string>(type: "text", nullable: true),
                    StatusSource = table.Column<string>(type: "text", nullable: true),
                    SummitId = table.Column<int>(type: "integer", nullable: true),
                    History = table.Column<string>(type: "text", nullable: false),
                    Confidence = table.Column<double>(type: "double precision", nullable: false),
                    ConfidenceNotes = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agreements_Summits_SummitId",
                        column: x => x.SummitId,
                        principalTable: "Summits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "MentionDirectives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Target = table.Column<string>(type: "text", nullable: false),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    MentionIndex = table.Column<int>(type: "integer", nullable: false),
                    Quote = table.Column<string>(type: "text", nullable: false),
                    Detached = table.Column<bool>(type: "boolean", nullable: false),
                    SummitId = table.Column<int>(type: "integer", nullable: true),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentionDirectives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentionDirectives_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentionDirectives_Summits_SummitId",
                        column: x => x.SummitId,
                        principalTable: "Summits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SummitMentions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    DateText = table.Column<string>(type: "text", nullable: true),
                    DateOrientation = table.Column<string>(type: "text", nullable: true),
                    DateStart = table.Column<string>(type: "text", nullable: true),
                    DateEnd = table.Column<string>(type: "text", nullable: true),
                    DateDependsOnAsOf = table.Column<bool>(type: "boolean", nullable: false),
                    City = table.Column<string>(type: "text", nullable: true),
                    Country = table.Column<string>(type: "text", nullable: true),
                    Venue = table.Column<string>(type: "text", nullable: true),
                    Forum = table.Column<string>(type: "text", nullable: true),
                    Ordinal = table.Column<int>(type: "integer", nullable: true),
                    Participants = table.Column<string>(type: "text", nullable: false),
                    ClaimsLatest = table.Column<bool>(type: "boolean", nullable: false),
                    Evidence = table.Column<string>(type: "text", nullable: false),
                    Themes = table.Column<string>(type: "text", nullable: false),
                    SummitId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SummitMentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SummitMentions_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SummitMentions_Summits_SummitId",
                        column: x => x.SummitId,
                        principalTable: "Summits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ArticleThemes",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    ThemeSlug = table.Column<string>(type: "text", nullable: false),
                    Weight = table.Column<double>(type: "double precision", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleThemes", x => new { x.ArticleId, x.ThemeSlug });
                    table.ForeignKey(
                        name: "FK_ArticleThemes_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ArticleThemes_Themes_ThemeSlug",
                        column: x => x.ThemeSlug,
                        principalTable: "Themes",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SummitThemes",
                columns: table => new
                {
                    SummitId = table.Column<int>(type: "integer", nullable: false),
                    ThemeSlug = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SummitThemes", x => new { x.SummitId, x.ThemeSlug });
                    table.ForeignKey(
                        name: "FK_SummitThemes_Summits_SummitId",
                        column: x => x.SummitId,
                        principalTable: "Summits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SummitThemes_Themes_ThemeSlug",
                        column: x => x.ThemeSlug,
                        principalTable: "Themes",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AutosavedDrafts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Editor = table.Column<string>(type: "text", nullable: false),
                    BriefId = table.Column<int>(type: "integer", nullable: true),
                    BaseVersion = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    PublishedOn = table.Column<string>(type: "text", nullable: true),
                    SourceName = table.Column<string>(type: "text", nullable: true),
                    SourceUrl = table.Column<string>(type: "text", nullable: true),
                    Tags = table.Column<string>(type: "text", nullable: true),
                    SavedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AutosavedDrafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AutosavedDrafts_Briefs_BriefId",
                        column: x => x.BriefId,
                        principalTable: "Briefs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BriefRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BriefId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "text", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SourceName = table.Column<string>(type: "text", nullable: true),
                    SourceUrl = table.Column<string>(type: "text", nullable: true),
                    Tags = table.Column<string>(type: "text", nullable: false),
                    ChangedFields = table.Column<string>(type: "text", nullable: false),
                    Author = table.Column<string>(type: "text", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BriefRevisions_Briefs_BriefId",
                        column: x => x.BriefId,
                        principalTable: "Briefs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementMentions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Aliases = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    Date = table.Column<string>(type: "text", nullable: true),
                    SummitIndex = table.Column<int>(type: "integer", nullable: true),
                    Statuses = table.Column<string>(type: "text", nullable: false),
                    Themes = table.Column<string>(type: "text", nullable: false),
                    Evidence = table.Column<string>(type: "text", nullable: false),
                    AgreementId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementMentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementMentions_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_AgreementMentions_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementThemes",
                columns: table => new
                {
                    AgreementId = table.Column<int>(type: "integer", nullable: false),
                    ThemeSlug = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementThemes", x => new { x.AgreementId, x.ThemeSlug });
                    table.ForeignKey(
                        name: "FK_AgreementThemes_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementThemes_Themes_ThemeSlug",
                        column: x => x.ThemeSlug,
                        principalTable: "Themes",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "Themes",
                columns: new[] { "Slug", "About", "Name", "Position" },
                values: new object[,]
                {
                    { "china", "Russia–China alignment, India–China balance", "China Factor", 10 },
                    { "counterterrorism", "terrorism, security cooperation against it", "Counterterrorism", 12 },
                    { "defence", "arms deals, military platforms, logistics pacts, co-development", "Defence", 0 },
                    { "energy", "oil, LNG, gas, refining, green energy, hydrogen", "Energy", 1 },
                    { "labour-mobility", "workers, migration, visas, citizens abroad", "People & Mobility", 9 },
                    { "multilateral", "BRICS, SCO, UN, G20, EAEU as forums", "Multilateral Forums", 11 },
                    { "nuclear", "nuclear power plants, reactors, fuel", "Nuclear", 2 },
                    { "payments", "rupee–ruble trade, settlement, banking channels", "Payments & Currency", 7 },
                    { "sanctions", "US/EU sanctions, pressure, tariffs, secondary sanctions", "Sanctions & Western Pressure", 4 },
                    { "strategic-autonomy", "non-alignment, multi-alignment, balancing major powers", "Strategic Autonomy", 6 },
                    { "technology", "tech partnerships, space, critical minerals", "Technology & Space", 8 },
                    { "trade", "trade volume and targets, FTAs, investment, manufacturing, fertilisers", "Trade & Economy", 3 },
                    { "ukraine-war", "the war, peace calls, civilian casualties, UN votes on it", "Ukraine War", 5 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementMentions_AgreementId",
                table: "AgreementMentions",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementMentions_ArticleId_Index",
                table: "AgreementMentions",
                columns: new[] { "ArticleId", "Index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_Confidence",
                table: "Agreements",
                column: "Confidence");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_Kind",
                table: "Agreements",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_Slug",
                table: "Agreements",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_Status",
                table: "Agreements",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_SummitId",
                table: "Agreements",
                column: "SummitId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementThemes_ThemeSlug",
                table: "AgreementThemes",
                column: "ThemeSlug");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_AsOf",
                table: "Articles",
                column: "AsOf");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_BriefId",
                table: "Articles",
                column: "BriefId",
                unique: true,
                filter: "\"BriefId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_ContentHash",
                table: "Articles",
                column: "ContentHash");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PublishedOn",
                table: "Articles",
                column: "PublishedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Slug",
                table: "Articles",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SourceName",
                table: "Articles",
                column: "SourceName",
                unique: true,
                filter: "\"SourceName\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleThemes_ThemeSlug",
                table: "ArticleThemes",
                column: "ThemeSlug");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AutosavedDrafts_BriefId",
                table: "AutosavedDrafts",
                column: "BriefId");

            migrationBuilder.CreateIndex(
                name: "IX_AutosavedDrafts_Editor",
                table: "AutosavedDrafts",
                column: "Editor",
                unique: true,
                filter: "\"BriefId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AutosavedDrafts_Editor_BriefId",
                table: "AutosavedDrafts",
                columns: new[] { "Editor", "BriefId" },
                unique: true,
                filter: "\"BriefId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_BriefRevisions_BriefId_Number",
                table: "BriefRevisions",
                columns: new[] { "BriefId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Briefs_ArticleId",
                table: "Briefs",
                column: "ArticleId",
                unique: true,
                filter: "\"ArticleId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Briefs_State",
                table: "Briefs",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionLog_At",
                table: "CorrectionLog",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_FieldOverrides_Entity_EntityId_Field",
                table: "FieldOverrides",
                columns: new[] { "Entity", "EntityId", "Field" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Figures_ArticleId_Index",
                table: "Figures",
                columns: new[] { "ArticleId", "Index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Figures_Value",
                table: "Figures",
                column: "Value");

            migrationBuilder.CreateIndex(
                name: "IX_MentionDirectives_ArticleId",
                table: "MentionDirectives",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_MentionDirectives_SummitId",
                table: "MentionDirectives",
                column: "SummitId");

            migrationBuilder.CreateIndex(
                name: "IX_MentionDirectives_Target_ArticleId_MentionIndex",
                table: "MentionDirectives",
                columns: new[] { "Target", "ArticleId", "MentionIndex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SummitMentions_ArticleId_Index",
                table: "SummitMentions",
                columns: new[] { "ArticleId", "Index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SummitMentions_SummitId",
                table: "SummitMentions",
                column: "SummitId");

            migrationBuilder.CreateIndex(
                name: "IX_Summits_Confidence",
                table: "Summits",
                column: "Confidence");

            migrationBuilder.CreateIndex(
                name: "IX_Summits_Kind",
                table: "Summits",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Summits_Slug",
                table: "Summits",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Summits_StartsOn",
                table: "Summits",
                column: "StartsOn");

            migrationBuilder.CreateIndex(
                name: "IX_Summits_Status",
                table: "Summits",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Summits_Year",
                table: "Summits",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_SummitThemes_ThemeSlug",
                table: "SummitThemes",
                column: "ThemeSlug");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementMentions");

            migrationBuilder.DropTable(
                name: "AgreementThemes");

            migrationBuilder.DropTable(
                name: "ArticleThemes");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AutosavedDrafts");

            migrationBuilder.DropTable(
                name: "BriefRevisions");

            migrationBuilder.DropTable(
                name: "CorrectionLog");

            migrationBuilder.DropTable(
                name: "FieldOverrides");

            migrationBuilder.DropTable(
                name: "Figures");

            migrationBuilder.DropTable(
                name: "MentionDirectives");

            migrationBuilder.DropTable(
                name: "PendingArticles");

            migrationBuilder.DropTable(
                name: "SummitMentions");

            migrationBuilder.DropTable(
                name: "SummitThemes");

            migrationBuilder.DropTable(
                name: "Agreements");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Briefs");

            migrationBuilder.DropTable(
                name: "Themes");

            migrationBuilder.DropTable(
                name: "Summits");

            migrationBuilder.DropTable(
                name: "Articles");
        }
    }
}
