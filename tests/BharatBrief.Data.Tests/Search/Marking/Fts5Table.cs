using Microsoft.Data.Sqlite;

namespace BharatBrief.Data.Tests.Search.Marking;

/// <summary>
/// An in-memory FTS5 table shaped like ArticlesFts (same columns, tokenizer and prefix indexes), to ask SQLite itself
/// what highlight() and snippet() return and how it tokenizes.
/// </summary>
internal sealed class Fts5Table : IDisposable
{
    public const string Tokenizer = "porter unicode61 remove_diacritics 2";

    private readonly SqliteConnection connection;

    public Fts5Table(string tokenizer = Tokenizer)
    {
        connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute($"CREATE VIRTUAL TABLE t USING fts5(Title, Lede, Body, tokenize = '{tokenizer}', prefix = '2 3')");
        Execute("CREATE VIRTUAL TABLE tv USING fts5vocab(t, 'instance')");
    }

    public long Insert(string? title, string? lede = "", string? body = "")
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO t(Title, Lede, Body) VALUES ($title, $lede, $body); SELECT last_insert_rowid();";
        command.Parameters.AddWithValue("$title", (object?)title ?? DBNull.Value);
        command.Parameters.AddWithValue("$lede", (object?)lede ?? DBNull.Value);
        command.Parameters.AddWithValue("$body", (object?)body ?? DBNull.Value);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Inserts many single-column rows in one transaction; row i holds texts[i] in Title, rowid i + 1.</summary>
    public void InsertTitles(IEnumerable<string> texts)
    {
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO t(rowid, Title) VALUES ($id, $title)";
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        var title = command.Parameters.Add("$title", SqliteType.Text);
        var rowid = 1L;
        foreach (var text in texts)
        {
            id.Value = rowid++;
            title.Value = text;
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>
    /// highlight(t, column, …) for the row: under <paramref name="match"/>, or with no query at all (FTS5 then knows
    /// no phrases) when the row does not match or <paramref name="match"/> is null.
    /// </summary>
    public byte[] Highlight(long rowid, string? match, int column, string open, string close) =>
        Marked(rowid, match, $"highlight(t, {column}, $open, $close)", open, close, "", 0)
        ?? throw new InvalidOperationException("FTS5 returned NULL");

    /// <summary>snippet(t, column, …) for the row, as <see cref="Highlight"/> chooses the query.</summary>
    public byte[]? Snippet(long rowid, string? match, int column, string open, string close, string ellipsis, int maxTokens) =>
        Marked(rowid, match, $"snippet(t, {column}, $open, $close, $ellipsis, $tokens)", open, close, ellipsis, maxTokens);

    /// <summary>True when the row matches the query.</summary>
    public bool Matches(long rowid, string match)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM t WHERE t MATCH $match AND rowid = $rowid";
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$rowid", rowid);
        return (long)command.ExecuteScalar()! > 0;
    }

    /// <summary>The terms the index holds for a row's column, by position, as raw bytes.</summary>
    public List<byte[]> Terms(long rowid, int column)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT CAST(term AS BLOB) FROM tv WHERE doc = $rowid AND col = $col ORDER BY offset";
        command.Parameters.AddWithValue("$rowid", rowid);
        command.Parameters.AddWithValue("$col", column switch { 0 => "Title", 1 => "Lede", _ => "Body" });
        var terms = new List<byte[]>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            terms.Add(reader.IsDBNull(0) ? [] : (byte[])reader.GetValue(0));
        }
        return terms;
    }

    /// <summary>Every (rowid, offset, term) of the Title column, for rows inserted by <see cref="InsertTitles"/>.</summary>
    public Dictionary<long, List<string>> TitleTerms()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT doc, term FROM tv WHERE col = 'Title' ORDER BY doc, offset";
        var terms = new Dictionary<long, List<string>>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var doc = reader.GetInt64(0);
            if (!terms.TryGetValue(doc, out var list))
            {
                terms[doc] = list = [];
            }
            list.Add(reader.GetString(1));
        }
        return terms;
    }

    /// <summary>A query of the phrases as the site writes them ("w1 w2"*), joined by the operator.</summary>
    public static string Match(IEnumerable<(IReadOnlyList<string> Words, bool Prefix)> phrases, string join = " OR ") =>
        string.Join(join, phrases.Select(phrase => $"\"{string.Join(' ', phrase.Words)}\"{(phrase.Prefix ? "*" : "")}"));

    public void Dispose() => connection.Dispose();

    private byte[]? Marked(long rowid, string? match, string function, string open, string close, string ellipsis, int maxTokens)
    {
        if (match is not null && Matches(rowid, match))
        {
            return Query($"SELECT CAST({function} AS BLOB) FROM t WHERE t MATCH $match AND rowid = $rowid", rowid, match, open, close, ellipsis, maxTokens);
        }
        return Query($"SELECT CAST({function} AS BLOB) FROM t WHERE rowid = $rowid", rowid, null, open, close, ellipsis, maxTokens);
    }

    private byte[]? Query(string sql, long rowid, string? match, string open, string close, string ellipsis, int maxTokens)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$rowid", rowid);
        if (match is not null)
        {
            command.Parameters.AddWithValue("$match", match);
        }
        command.Parameters.AddWithValue("$open", open);
        command.Parameters.AddWithValue("$close", close);
        command.Parameters.AddWithValue("$ellipsis", ellipsis);
        command.Parameters.AddWithValue("$tokens", maxTokens);
        // The bytes SQLite made, so that the comparison is of UTF-8 and not of what a decoder made of it.
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return reader.IsDBNull(0) ? null : (byte[])reader.GetValue(0);
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
