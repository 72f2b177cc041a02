using BharatBrief.Data.Search;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BharatBrief.Data.Migrations
{
    /// <summary>
    /// Lets the articles' search index write larger segments and merge them less often. FTS5 flushes its pending terms
    /// as a new segment whenever they pass 1 MB, so a batch of 200 articles wrote three or four segments, and merged
    /// every four of a level: indexing 10,000 articles cost about 5 s. With 8 MB of pending terms (one segment per
    /// batch) and merges of eight segments it costs under 3 s, and searches read about as fast (docs/store.md).
    /// Raw SQL only: the settings live in the index's own config table, which the EF model does not know.
    /// </summary>
    [DbContext(typeof(BharatBriefDbContext))]
    [Migration("20261122130000_SearchIndexWriteBudget")]
    public partial class SearchIndexWriteBudget : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Configure(migrationBuilder, hashSize: 8 * 1024 * 1024, automerge: 8);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Configure(migrationBuilder, hashSize: 1024 * 1024, automerge: 4);

        private static void Configure(MigrationBuilder migrationBuilder, int hashSize, int automerge)
        {
            const string index = ArticleSearchIndex.Table;
            migrationBuilder.Sql($"""INSERT INTO "{index}"("{index}", rank) VALUES ('hashsize', {hashSize});""");
            migrationBuilder.Sql($"""INSERT INTO "{index}"("{index}", rank) VALUES ('automerge', {automerge});""");
        }
    }
}
