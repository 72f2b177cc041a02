using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BharatBrief.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArticleAttribution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Author",
                table: "Articles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outlet",
                table: "Articles",
                type: "TEXT",
                nullable: true);

            // A stored brief's article is written again only when an editor saves it: its source name is copied now.
            migrationBuilder.Sql("""
                UPDATE "Articles"
                SET "Outlet" = (SELECT nullif(trim("Briefs"."SourceName"), '') FROM "Briefs" WHERE "Briefs"."Id" = "Articles"."BriefId")
                WHERE "BriefId" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Author",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Outlet",
                table: "Articles");
        }
    }
}
