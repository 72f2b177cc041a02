using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BharatBrief.Data.PostgreSql.Migrations
{
    /// <summary>
    /// What the SQLite migrations add by raw SQL, in PostgreSQL's terms. Full-text search: a stored, generated
    /// <c>tsvector</c> column per searched table (English stemming; title weighted A, lede or place B, body C) with a GIN
    /// index, kept in step by the rows themselves whatever writes them (words typed wrong are found as on SQLite, from
    /// the vocabulary, which PostgreSQL reads with <c>ts_stat</c>: no trigram index is needed). The
    /// counter of changes to published facts (<see cref="StoreVersion.FactsTable"/>), raised once per statement by
    /// triggers on the same tables as on SQLite. And the reader pages' indexes on expressions. Raw SQL only: the EF model
    /// does not know these columns, the table or the triggers.
    /// </summary>
    [DbContext(typeof(BharatBriefDbContext))]
    [Migration("20261207040000_SearchCountersAndReadIndexes")]
    public partial class SearchCountersAndReadIndexes : Migration
    {
        /// <summary>The generated search column of each searched table.</summary>
        public const string SearchColumn = "SearchVector";

        private static readonly (string Table, string Vector)[] Searched =
        [
            ("Articles", """
                setweight(to_tsvector('english', coalesce("Title", '')), 'A')
                || setweight(to_tsvector('english', coalesce("Lede", '')), 'B')
                || setweight(to_tsvector('english', "Body"), 'C')
                """),
            ("Summits", """
                setweight(to_tsvector('english', coalesce("Title", '')), 'A')
                || setweight(to_tsvector('english', coalesce("City", '') || ' ' || coalesce("Country", '') || ' ' || coalesce("Venue", '') || ' ' || coalesce("Forum", '')), 'B')
                || setweight(to_tsvector('english', coalesce("Participants", '')), 'C')
                """),
            ("Agreements", """
                setweight(to_tsvector('english', coalesce("Name", '')), 'A')
                || setweight(to_tsvector('english', coalesce("Aliases", '')), 'B')
                """),
        ];

        private static readonly string[] FactTables =
        [
            "Articles", "ArticleThemes", "Themes", "Summits", "SummitThemes", "SummitMentions",
            "Agreements", "AgreementThemes", "AgreementMentions", "Figures", "FieldOverrides", "MentionDirectives",
            "PendingArticles",
        ];

        /// <summary>As on SQLite (ReaderSearchAndIndexes); PostgreSQL wants an expression in brackets.</summary>
        private static readonly (string Name, string Definition)[] ReadIndexes =
        [
            ("IX_Articles_Date", """ "Articles"((COALESCE("PublishedOn", "AsOf")), "Id") """),
            ("IX_Summits_Timeline", """ "Summits"(("StartsOn" IS NULL), "StartsOn", "Id") """),
            ("IX_Summits_Year_Status", """ "Summits"("Year", "Status") """),
            ("IX_Summits_Kind_Status_Year", """ "Summits"("Kind", "Status", "Year") """),
            ("IX_Summits_City", """ "Summits"("City") """),
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

            foreach (var (table, vector) in Searched)
            {
                migrationBuilder.Sql($"""ALTER TABLE "{table}" ADD COLUMN "{SearchColumn}" tsvector GENERATED ALWAYS AS ({vector.Trim()}) STORED;""");
                migrationBuilder.Sql($"""CREATE INDEX "IX_{table}_{SearchColumn}" ON "{table}" USING GIN ("{SearchColumn}");""");
            }

            const string counter = StoreVersion.FactsTable;
            migrationBuilder.Sql($"""CREATE TABLE "{counter}" ("Id" integer NOT NULL PRIMARY KEY CHECK ("Id" = 1), "Changes" bigint NOT NULL);""");
            migrationBuilder.Sql($"""INSERT INTO "{counter}" ("Id", "Changes") VALUES (1, 0);""");
            migrationBuilder.Sql($"""
                CREATE FUNCTION "{counter}_raise"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "{counter}" SET "Changes" = "Changes" + 1 WHERE "Id" = 1;
                    RETURN NULL;
                END;
                $$;
                """);
            foreach (var table in FactTables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{Trigger(table)}" AFTER INSERT OR UPDATE OR DELETE ON "{table}"
                    FOR EACH STATEMENT EXECUTE FUNCTION "{counter}_raise"();
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in FactTables)
            {
                migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{Trigger(table)}" ON "{table}";""");
            }
            migrationBuilder.Sql($"""DROP FUNCTION IF EXISTS "{StoreVersion.FactsTable}_raise"();""");
            migrationBuilder.Sql($"""DROP TABLE IF EXISTS "{StoreVersion.FactsTable}";""");
            foreach (var (table, _) in Searched)
            {
                migrationBuilder.Sql($"""ALTER TABLE "{table}" DROP COLUMN IF EXISTS "{SearchColumn}";""");
            }
            foreach (var (name, _) in ReadIndexes)
            {
                migrationBuilder.Sql($"""DROP INDEX IF EXISTS "{name}";""");
            }
        }

        private static string Trigger(string table) => $"{table}_counts_published_change";
    }
}
