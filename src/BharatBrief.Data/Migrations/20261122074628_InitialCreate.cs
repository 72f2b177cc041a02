using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace BharatBrief.Data.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    TitleIsDerived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Lede = table.Column<string>(type: "TEXT", nullable: true),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Format = table.Column<string>(type: "TEXT", nullable: false),
                    SourceName = table.Column<string>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                    MetadataHash = table.Column<string>(type: "TEXT", nullable: true),
                    PipelineVersion = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedOn = table.Column<string>(type: "TEXT", nullable: true),
                    AsOf = table.Column<string>(type: "TEXT", nullable: true),
                    AsOfBasis = table.Column<string>(type: "TEXT", nullable: false),
                    OwnAsOf = table.Column<string>(type: "TEXT", nullable: true),
                    OwnAsOfBasis = table.Column<string>(type: "TEXT", nullable: false),
                    WordCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IngestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Outline = table.Column<string>(type: "TEXT", nullable: false),
                    Entities = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Summits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    Start = table.Column<string>(type: "TEXT", nullable: true),
                    End = table.Column<string>(type: "TEXT", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    City = table.Column<string>(type: "TEXT", nullable: true),
                    Country = table.Column<string>(type: "TEXT", nullable: true),
                    Venue = table.Column<string>(type: "TEXT", nullable: true),
                    Forum = table.Column<string>(type: "TEXT", nullable: true),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: true),
                    OrdinalIsDerived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Participants = table.Column<string>(type: "TEXT", nullable: false),
                    Conflicts = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Summits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Themes",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    About = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Themes", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "Figures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    What = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", nullable: false),
                    AmountHigh = table.Column<decimal>(type: "TEXT", nullable: true),
                    Unit = table.Column<string>(type: "TEXT", nullable: false),
                    DateText = table.Column<string>(type: "TEXT", nullable: true),
                    DateOrientation = table.Column<string>(type: "TEXT", nullable: true),
                    DateStart = table.Column<string>(type: "TEXT", nullable: true),
                    DateEnd = table.Column<string>(type: "TEXT", nullable: true),
                    DateDependsOnAsOf = table.Column<bool>(type: "INTEGER", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false)
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
                name: "Agreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Aliases = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    Date = table.Column<string>(type: "TEXT", nullable: true),
                    SummitId = table.Column<int>(type: "INTEGER", nullable: true),
                    History = table.Column<string>(type: "TEXT", nullable: false)
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
                name: "SummitMentions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    DateText = table.Column<string>(type: "TEXT", nullable: true),
                    DateOrientation = table.Column<string>(type: "TEXT", nullable: true),
                    DateStart = table.Column<string>(type: "TEXT", nullable: true),
                    DateEnd = table.Column<string>(type: "TEXT", nullable: true),
                    DateDependsOnAsOf = table.Column<bool>(type: "INTEGER", nullable: false),
                    City = table.Column<string>(type: "TEXT", nullable: true),
                    Country = table.Column<string>(type: "TEXT", nullable: true),
                    Venue = table.Column<string>(type: "TEXT", nullable: true),
                    Forum = table.Column<string>(type: "TEXT", nullable: true),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: true),
                    Participants = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimsLatest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    Themes = table.Column<string>(type: "TEXT", nullable: false),
                    SummitId = table.Column<int>(type: "INTEGER", nullable: true)
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
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    ThemeSlug = table.Column<string>(type: "TEXT", nullable: false),
                    Weight = table.Column<double>(type: "REAL", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false)
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
                    SummitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ThemeSlug = table.Column<string>(type: "TEXT", nullable: false)
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
                name: "AgreementMentions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Aliases = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    Date = table.Column<string>(type: "TEXT", nullable: true),
                    SummitIndex = table.Column<int>(type: "INTEGER", nullable: true),
                    Statuses = table.Column<string>(type: "TEXT", nullable: false),
                    Themes = table.Column<string>(type: "TEXT", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: true)
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
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    ThemeSlug = table.Column<string>(type: "TEXT", nullable: false)
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
                name: "IX_Figures_ArticleId_Index",
                table: "Figures",
                columns: new[] { "ArticleId", "Index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Figures_Value",
                table: "Figures",
                column: "Value");

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

            // Full-text search over articles: an external-content FTS5 table (the text lives once, in Articles) kept in step
            // by triggers, so that every write path (importer, editors, SQL by hand) updates the index.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ArticlesFts" USING fts5(
                    Title, Lede, Body,
                    content = 'Articles', content_rowid = 'Id',
                    tokenize = 'porter unicode61 remove_diacritics 2',
                    prefix = '2 3'
                );
                """);
            // A bulk import indexes its new articles once per batch instead (FTS5 writes its pending terms at every statement
            // of a transaction, so indexing row by row makes a segment per article). It says so with a row in
            // ArticlesFtsDeferred that lives only inside its uncommitted transaction: a crash leaves no row behind.
            migrationBuilder.Sql("""CREATE TABLE "ArticlesFtsDeferred" ("Batch" INTEGER NOT NULL);""");
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_AfterInsert_Fts" AFTER INSERT ON "Articles"
                WHEN NOT EXISTS (SELECT 1 FROM "ArticlesFtsDeferred")
                BEGIN
                    INSERT INTO "ArticlesFts"(rowid, Title, Lede, Body) VALUES (new."Id", new."Title", new."Lede", new."Body");
                END;
                """);
            // An external-content index is told what to remove by the old values, exactly as they were indexed.
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_AfterDelete_Fts" AFTER DELETE ON "Articles" BEGIN
                    INSERT INTO "ArticlesFts"("ArticlesFts", rowid, Title, Lede, Body) VALUES ('delete', old."Id", old."Title", old."Lede", old."Body");
                END;
                """);
            // Only a change of the indexed text re-indexes; consolidation's as-of updates do not.
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_AfterUpdate_Fts" AFTER UPDATE OF "Title", "Lede", "Body" ON "Articles" BEGIN
                    INSERT INTO "ArticlesFts"("ArticlesFts", rowid, Title, Lede, Body) VALUES ('delete', old."Id", old."Title", old."Lede", old."Body");
                    INSERT INTO "ArticlesFts"(rowid, Title, Lede, Body) VALUES (new."Id", new."Title", new."Lede", new."Body");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_AfterUpdate_Fts";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_AfterDelete_Fts";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_AfterInsert_Fts";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "ArticlesFtsDeferred";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "ArticlesFts";""");

            migrationBuilder.DropTable(
                name: "AgreementMentions");

            migrationBuilder.DropTable(
                name: "AgreementThemes");

            migrationBuilder.DropTable(
                name: "ArticleThemes");

            migrationBuilder.DropTable(
                name: "Figures");

            migrationBuilder.DropTable(
                name: "SummitMentions");

            migrationBuilder.DropTable(
                name: "SummitThemes");

            migrationBuilder.DropTable(
                name: "Agreements");

            migrationBuilder.DropTable(
                name: "Articles");

            migrationBuilder.DropTable(
                name: "Themes");

            migrationBuilder.DropTable(
                name: "Summits");
        }
    }
}
