using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BharatBrief.Data.Migrations
{
    /// <summary>
    /// How sure the record is of each summit and agreement. Rows stored before this migration are marked as not yet
    /// scored, shown with that note, until the next ingest consolidates them.
    /// </summary>
    public partial class FactConfidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Confidence",
                table: "Summits",
                type: "REAL",
                nullable: false,
                defaultValue: 0.5);

            migrationBuilder.AddColumn<string>(
                name: "ConfidenceNotes",
                table: "Summits",
                type: "TEXT",
                nullable: false,
                defaultValue: "[\"not yet scored\"]");

            migrationBuilder.AddColumn<double>(
                name: "Confidence",
                table: "Agreements",
                type: "REAL",
                nullable: false,
                defaultValue: 0.5);

            migrationBuilder.AddColumn<string>(
                name: "ConfidenceNotes",
                table: "Agreements",
                type: "TEXT",
                nullable: false,
                defaultValue: "[\"not yet scored\"]");

            migrationBuilder.CreateIndex(
                name: "IX_Summits_Confidence",
                table: "Summits",
                column: "Confidence");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_Confidence",
                table: "Agreements",
                column: "Confidence");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Summits_Confidence",
                table: "Summits");

            migrationBuilder.DropIndex(
                name: "IX_Agreements_Confidence",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "Confidence",
                table: "Summits");

            migrationBuilder.DropColumn(
                name: "ConfidenceNotes",
                table: "Summits");

            migrationBuilder.DropColumn(
                name: "Confidence",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "ConfidenceNotes",
                table: "Agreements");
        }
    }
}
