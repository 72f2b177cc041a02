using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BharatBrief.Data.Migrations
{
    /// <summary>
    /// A counter of changes to what readers see (<see cref="StoreVersion.FactsTable"/>), raised by triggers on every
    /// table of published facts: articles, summits, agreements, themes, figures, their mentions and links, and the
    /// editors' corrections. Accounts, drafts, revisions and the audit log have no trigger, so signing in or out,
    /// failing to, or adding an account changes the file but not the counter, and readers' cached pages stay.
    /// Raw SQL only: the EF model does not know the table.
    /// </summary>
    [DbContext(typeof(BharatBriefDbContext))]
    [Migration("20261205120000_PublishedFactsCounter")]
    public partial class PublishedFactsCounter : Migration
    {
        private static readonly string[] FactTables =
        [
            "Articles", "ArticleThemes", "Themes", "Summits", "SummitThemes", "SummitMentions",
            "Agreements", "AgreementThemes", "AgreementMentions", "Figures", "FieldOverrides", "MentionDirectives",
        ];

        private static readonly string[] Events = ["INSERT", "UPDATE", "DELETE"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            const string counter = StoreVersion.FactsTable;
            migrationBuilder.Sql($"""CREATE TABLE "{counter}" ("Id" INTEGER NOT NULL PRIMARY KEY CHECK ("Id" = 1), "Changes" INTEGER NOT NULL);""");
            migrationBuilder.Sql($"""INSERT INTO "{counter}" ("Id", "Changes") VALUES (1, 0);""");
            foreach (var table in FactTables)
            {
                foreach (var change in Events)
                {
                    migrationBuilder.Sql($"""
                        CREATE TRIGGER "{Trigger(table, change)}" AFTER {change} ON "{table}"
                        BEGIN
                            UPDATE "{counter}" SET "Changes" = "Changes" + 1 WHERE "Id" = 1;
                        END;
                        """);
                }
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in FactTables)
            {
                foreach (var change in Events)
                {
                    migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{Trigger(table, change)}";""");
                }
            }
            migrationBuilder.Sql($"""DROP TABLE IF EXISTS "{StoreVersion.FactsTable}";""");
        }

        private static string Trigger(string table, string change) => $"{table}_{change.ToLowerInvariant()}_counts_published_change";
    }
}
