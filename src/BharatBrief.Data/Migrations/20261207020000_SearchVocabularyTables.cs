using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BharatBrief.Data.Migrations
{
    /// <summary>
    /// fts5vocab tables over the three full-text indexes: every term (a porter stem) with the rows and places holding
    /// it, read from the indexes themselves, so they store nothing and never need filling. Search reads them once per
    /// change of the store to find the known words close to a typo'd one.
    /// </summary>
    public partial class SearchVocabularyTables : Migration
    {
        private static readonly (string Vocabulary, string Index)[] Tables =
        [
            ("ArticlesFtsVocab", "ArticlesFts"),
            ("SummitsFtsVocab", "SummitsFts"),
            ("AgreementsFtsVocab", "AgreementsFts"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (vocabulary, index) in Tables)
            {
                migrationBuilder.Sql($"""CREATE VIRTUAL TABLE "{vocabulary}" USING fts5vocab('{index}', 'row');""");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (vocabulary, _) in Tables)
            {
                migrationBuilder.Sql($"""DROP TABLE IF EXISTS "{vocabulary}";""");
            }
        }
    }
}
