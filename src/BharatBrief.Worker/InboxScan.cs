using System.Security.Cryptography;
using BharatBrief.Data.Entities;

namespace BharatBrief.Worker;

/// <summary>
/// The inbox's files compared with what the worker took in before: article files (.txt, .md) and what the importer
/// reads beside them (sidecars <c>a.txt.json</c>, <c>manifest.json</c>, <c>manifest.csv</c>). A file whose size and
/// last write are as recorded is not read; one whose bytes hash as recorded is unchanged.
/// </summary>
internal sealed class InboxScan
{
    public const string SourceKey = "inbox";

    private static readonly string[] ArticleExtensions = [".txt", ".md"];

    public required IReadOnlyList<ScannedFile> Files { get; init; }

    /// <summary>Article files (.txt, .md) of the inbox.</summary>
    public IEnumerable<ScannedFile> Articles => Files.Where(file => file.IsArticle);

    /// <summary>Article files the importer should read again: new or changed, or with a new or changed sidecar, or all when a manifest changed.</summary>
    public IReadOnlySet<string> ChangedArticles { get; private init; } = new HashSet<string>();

    public static InboxScan Read(string folder, IReadOnlyDictionary<string, IngestionItem> known)
    {
        var files = new List<ScannedFile>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var isArticle = ArticleExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);
            if (!isArticle && !IsBeside(name))
            {
                continue;
            }
            var info = new FileInfo(path);
            // Microseconds, what PostgreSQL keeps: a time read back must equal the file's for the file to be left unread.
            var writtenAt = new DateTime(info.LastWriteTimeUtc.Ticks - info.LastWriteTimeUtc.Ticks % 10, DateTimeKind.Utc);
            known.TryGetValue(name, out var before);
            string hash;
            if (before is not null && before.FileLength == info.Length && before.FileWrittenAt == writtenAt)
            {
                hash = before.ContentHash;
            }
            else
            {
                try
                {
                    hash = HashOf(path);
                }
                catch (IOException)
                {
                    // Being written or gone since listed: the next pass reads it.
                    continue;
                }
                catch (UnauthorizedAccessException)
                {
                    // The importer reports an unreadable article with its reason; a sidecar it cannot read it skips.
                    hash = "unreadable";
                }
            }
            files.Add(new ScannedFile(name, isArticle, info.Length, writtenAt, hash, before is null || before.ContentHash != hash));
        }
        var changed = files.Where(file => file.Changed).Select(file => file.Name).ToList();
        var manifestChanged = changed.Any(name => name.StartsWith("manifest.", StringComparison.OrdinalIgnoreCase));
        var changedArticles = files.Where(file => file.IsArticle && (manifestChanged || file.Changed || changed.Contains(file.Name + ".json", StringComparer.Ordinal)))
            .Select(file => file.Name)
            .ToHashSet(StringComparer.Ordinal);
        return new InboxScan { Files = files, ChangedArticles = changedArticles };
    }

    private static bool IsBeside(string name) =>
        name.Equals("manifest.json", StringComparison.OrdinalIgnoreCase)
        || name.Equals("manifest.csv", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".txt.json", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".md.json", StringComparison.OrdinalIgnoreCase);

    private static string HashOf(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

internal sealed record ScannedFile(string Name, bool IsArticle, long Length, DateTime WrittenAt, string ContentHash, bool Changed);
