using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BharatBrief.Data.Migrations
{
    /// <summary>
    /// Editors' unsaved typing in briefs, one draft per editor and brief. It changes nothing readers see, so the
    /// published-facts counter has no trigger on it: autosaving never empties the readers' cache.
    /// </summary>
    public partial class AutosavedDrafts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AutosavedDrafts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Editor = table.Column<string>(type: "TEXT", nullable: false),
                    BriefId = table.Column<int>(type: "INTEGER", nullable: true),
                    BaseVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedOn = table.Column<string>(type: "TEXT", nullable: true),
                    SourceName = table.Column<string>(type: "TEXT", nullable: true),
                    SourceUrl = table.Column<string>(type: "TEXT", nullable: true),
                    Tags = table.Column<string>(type: "TEXT", nullable: true),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AutosavedDrafts");
        }
    }
}
