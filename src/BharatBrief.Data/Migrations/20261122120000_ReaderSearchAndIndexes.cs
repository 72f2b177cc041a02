using BharatBrief.Data.Search;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BharatBrief.Data.Migrations
{
    /// <summary>
    /// For the reader site. Full-text search over summits and agreements beside the articles' index, so that the site
    /// searches all three at once: external-content FTS5 tables (the text lives once, in Summits and Agreements) with the
    /// articles' tokenizer, filled from the rows already stored and kept in step by triggers, whatever writes the rows.
    /// And indexes for what reader pages sort and count by (newest articles, the timeline's order and year counts,
    /// source counts), some on expressions EF Core cannot declare. Raw SQL only: the EF model does not change, so this
    /// migration has no target model of its own.
    /// </summary>
    [DbContext(typeof(BharatBriefDbContext))]
    [Migration("20261122120000_ReaderSearchAndIndexes")]
    public partial class ReaderSearchAndIndexes : Migration
    {
        private static readonly (string Table, string Index, string[] Columns, string Insert, string Update, string Delete)[] Indexes =
        [
            ("Summits", SummitSearchIndex.Table, ["Title", "City", "Country", "Venue", "Forum", "Participants"],
                SummitSearchIndex.AfterInsertTrigger, SummitSearchIndex.AfterUpdateTrigger, SummitSearchIndex.AfterDeleteTrigger),
            ("Agreements", AgreementSearchIndex.Table, ["Name", "Aliases"],
                AgreementSearchIndex.AfterInsertTrigger, AgreementSearchIndex.AfterUpdateTrigger, AgreementSearchIndex.AfterDeleteTrigger),
        ];

        /// <summary>Index name and definition; expressions must read exactly as the queries EF Core writes for the pages.</summary>
        private static readonly (string Name, string Definition)[] ReadIndexes =
        [
            // Lists of articles, newest first (published date, else as-of date; undated last, as SQLite sorts NULL in DESC).
            ("IX_Articles_Date", """ "Articles"(COALESCE("PublishedOn", "AsOf"), "Id") """),
            // The timeline's order: dated summits by first day, undated last.
            ("IX_Summits_Timeline", """ "Summits"("StartsOn" IS NULL, "StartsOn", "Id") """),
            // Counts per year and status, and the years of held annual summits, without reading the rows.
            ("IX_Summits_Year_Status", """ "Summits"("Year", "Status") """),
            ("IX_Summits_Kind_Status_Year", """ "Summits"("Kind", "Status", "Year") """),
            ("IX_Summits_City", """ "Summits"("City") """),
            // Source counts: distinct articles per summit or agreement, from the index alone.
            ("IX_SummitMentions_SummitId_ArticleId", """ "SummitMentions"("SummitId", "ArticleId") """),
            ("IX_AgreementMentions_AgreementId_ArticleId", """ "AgreementMentions"("AgreementId", "ArticleId") """),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (name, definition) in ReadIndexes)
            {
                migrationBuilder.Sql($"""CREATE INDEX "{name}" ON {definition.Trim()};""");
            }
            foreach (var (table, index, columns, insert, update, delete) in Indexes)
            {
                var names = string.Join(", ", columns);
                var quoted = string.Join(", ", columns.Select(column => $"\"{column}\""));
                string Values(string row) => string.Join(", ", columns.Select(column => $"{row}.\"{column}\""));

                migrationBuilder.Sql($"""
                    CREATE VIRTUAL TABLE "{index}" USING fts5(
                        {names},
                        content = '{table}', content_rowid = 'Id',
                        tokenize = 'porter unicode61 remove_diacritics 2',
                        prefix = '2 3'
                    );
                    """);
                migrationBuilder.Sql($"""INSERT INTO "{index}"("{index}") VALUES ('rebuild');""");
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{insert}" AFTER INSERT ON "{table}" BEGIN
                        INSERT INTO "{index}"(rowid, {names}) VALUES (new."Id", {Values("new")});
                    END;
                    """);
                // An external-content index is told what to remove by the old values, exactly as they were indexed.
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{delete}" AFTER DELETE ON "{table}" BEGIN
                        INSERT INTO "{index}"("{index}", rowid, {names}) VALUES ('delete', old."Id", {Values("old")});
                    END;
                    """);
                // Only a change of the indexed text re-indexes; consolidation's other updates do not.
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{update}" AFTER UPDATE OF {quoted} ON "{table}" BEGIN
                        INSERT INTO "{index}"("{index}", rowid, {names}) VALUES ('delete', old."Id", {Values("old")});
                        INSERT INTO "{index}"(rowid, {names}) VALUES (new."Id", {Values("new")});
                    END;
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (name, _) in ReadIndexes)
            {
                migrationBuilder.Sql($"""DROP INDEX IF EXISTS "{name}";""");
            }
            foreach (var (_, index, _, insert, update, delete) in Indexes)
            {
                migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{update}";""");
                migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{delete}";""");
                migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{insert}";""");
                migrationBuilder.Sql($"""DROP TABLE IF EXISTS "{index}";""");
            }
        }
    }
}
