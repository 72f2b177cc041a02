using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BharatBrief.Data.Migrations
{
    /// <summary>
    /// Articles an ingest stored whose consolidation has not committed yet, hidden from readers until it has. The
    /// published-facts counter's triggers cover the table: the consolidation that empties it is what readers see change.
    /// Articles stored before this migration stay visible; the next consolidation links any mention still unlinked.
    /// </summary>
    public partial class PendingArticles : Migration
    {
        private static readonly string[] Events = ["INSERT", "DELETE"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PendingArticles",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false)
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

            foreach (var change in Events)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{Trigger(change)}" AFTER {change} ON "PendingArticles"
                    BEGIN
                        UPDATE "{StoreVersion.FactsTable}" SET "Changes" = "Changes" + 1 WHERE "Id" = 1;
                    END;
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var change in Events)
            {
                migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{Trigger(change)}";""");
            }
            migrationBuilder.DropTable(
                name: "PendingArticles");
        }

        private static string Trigger(string change) => $"PendingArticles_{change.ToLowerInvariant()}_counts_published_change";
    }
}
