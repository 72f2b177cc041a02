using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BharatBrief.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArticleAsOfLowerBound : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "OwnAsOfIsLowerBound",
                table: "Articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OwnAsOfIsLowerBound",
                table: "Articles");
        }
    }
}
