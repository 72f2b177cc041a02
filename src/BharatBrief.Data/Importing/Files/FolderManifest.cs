using System.Text.Json;
using BharatBrief.Data.Editing;
using BharatBrief.Ingestion;
using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Data.Importing.Files;

/// <summary>
/// The metadata of many articles at once, in the folder beside them: <c>manifest.json</c> (an array of objects, each
/// with a <c>file</c>, or an object keyed by file name) and <c>manifest.csv</c> (a header row naming the columns, one of
/// them <c>file</c>). Other keys and columns (<c>outlet</c>, <c>author</c>, <c>published</c>, <c>url</c>, <c>title</c>,
/// <c>tags</c>, …) are read as a sidecar's are. A row that names no file of the folder, or a file named twice, is left
/// out with a warning; a malformed value (a published date that is not one, a link that is not http or https) is left
/// out with a warning and the rest of its row kept. The manifest never stops an article from being ingested.
/// </summary>
internal sealed class FolderManifest
{
    public const string JsonName = "manifest.json";

    public const string CsvName = "manifest.csv";

    public static readonly FolderManifest None = new(new Dictionary<string, ManifestEntry>(StringComparer.Ordinal), []);

    private readonly Dictionary<string, ManifestEntry> _entries;

    private FolderManifest(Dictionary<string, ManifestEntry> entries, IReadOnlyList<FileWarning> warnings)
    {
        _entries = entries;
        Warnings = warnings;
    }

    /// <summary>What was wrong with the manifests, each naming the manifest file and the row.</summary>
    public IReadOnlyList<FileWarning> Warnings { get; }

    public int Count => _entries.Count;

    /// <summary>The row listing <paramref name="fileName"/>, when one does.</summary>
    public ManifestEntry? For(string fileName) => _entries.GetValueOrDefault(fileName);

    /// <summary>Reads the folder's manifests, matching their rows to <paramref name="articleFiles"/> (file names, not paths).</summary>
    public static FolderManifest Read(string folder, IEnumerable<string> articleFiles)
    {
        var present = articleFiles.ToHashSet(StringComparer.Ordinal);
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        var warnings = new List<FileWarning>();
        foreach (var (name, readRows) in new (string, Func<string, IEnumerable<ManifestRow>>)[] { (JsonName, JsonRows), (CsvName, CsvRows) })
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path))
            {
                continue;
            }
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                warnings.Add(new FileWarning(name, $"could not be read ({ex.Message}); ignored"));
                continue;
            }
            try
            {
                foreach (var row in readRows(text))
                {
                    Add(name, row, present, entries, warnings);
                }
            }
            catch (JsonException ex)
            {
                warnings.Add(new FileWarning(name, $"is not valid JSON ({ex.Message}); ignored"));
            }
        }
        return new FolderManifest(entries, warnings);
    }

    private static void Add(string manifest, ManifestRow row, HashSet<string> present, Dictionary<string, ManifestEntry> entries, List<FileWarning> warnings)
    {
        void Warn(string message) => warnings.Add(new FileWarning(manifest, $"{row.Label}: {message}"));

        if (row.Problem is { } problem)
        {
            Warn(problem);
            return;
        }
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in row.Values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[key.Trim()] = value.Trim();
            }
        }
        if (!values.Remove("file", out var file))
        {
            Warn("names no file (a \"file\" value is needed); row ignored");
            return;
        }
        if (file.IndexOfAny(['/', '\\']) >= 0 || file is "." or "..")
        {
            Warn($"'{file}' is not a file name in this folder (no folders or paths); row ignored");
            return;
        }
        if (!present.Contains(file))
        {
            Warn($"there is no article file '{file}' in the folder; row ignored");
            return;
        }
        if (entries.ContainsKey(file))
        {
            Warn($"'{file}' is listed already; this row is ignored");
            return;
        }
        foreach (var key in new[] { "published", "date" })
        {
            if (values.TryGetValue(key, out var published) && !ArticlePipeline.TryParsePublished(published, out _))
            {
                values.Remove(key);
                Warn($"{key} '{published}' for '{file}' is not a date (2018, 2018-10 or 2018-10-05); left out");
            }
        }
        if (values.TryGetValue("url", out var url) && !BriefRules.IsWebAddress(url))
        {
            values.Remove("url");
            Warn($"url '{url}' for '{file}' is not a web address starting with http:// or https://; left out");
        }
        var hash = ArticlePipeline.HashOf(string.Join('\n', values
            .OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase)
            .Select(pair => $"{pair.Key.ToLowerInvariant()}={pair.Value}")));
        entries[file] = new ManifestEntry(new FrontMatter(values), hash);
    }

    private static IEnumerable<ManifestRow> JsonRows(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        var rows = new List<ManifestRow>();
        if (root.ValueKind == JsonValueKind.Array)
        {
            var number = 0;
            foreach (var item in root.EnumerateArray())
            {
                number++;
                rows.Add(item.ValueKind == JsonValueKind.Object
                    ? new ManifestRow($"entry {number}", ValuesOf(item), null)
                    : new ManifestRow($"entry {number}", [], "is not an object; row ignored"));
            }
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in root.EnumerateObject())
            {
                var label = $"entry '{property.Name}'";
                rows.Add(property.Value.ValueKind == JsonValueKind.Object
                    ? new ManifestRow(label, [.. ValuesOf(property.Value).Where(pair => !pair.Key.Equals("file", StringComparison.OrdinalIgnoreCase)), new("file", property.Name)], null)
                    : new ManifestRow(label, [], "is not an object; row ignored"));
            }
        }
        else
        {
            throw new JsonException("expected an array of objects or an object keyed by file name");
        }
        return rows;
    }

    private static List<KeyValuePair<string, string>> ValuesOf(JsonElement item) =>
        [.. item.EnumerateObject()
            .Select(property => new KeyValuePair<string, string>(property.Name, SidecarReader.ValueOf(property.Value) ?? ""))];

    private static IEnumerable<ManifestRow> CsvRows(string csv)
    {
        var records = CsvRecords.Parse(csv);
        if (records.Count == 0)
        {
            yield break;
        }
        var (_, header, headerProblem) = records[0];
        if (headerProblem is not null || !header.Any(column => column.Trim().Equals("file", StringComparison.OrdinalIgnoreCase)))
        {
            yield return new ManifestRow("header", [], "the first row must name the columns, one of them \"file\"; the whole file is ignored");
            yield break;
        }
        for (var i = 1; i < records.Count; i++)
        {
            var (line, cells, problem) = records[i];
            var label = $"line {line}";
            if (cells.Count == 1 && string.IsNullOrWhiteSpace(cells[0]) && problem is null)
            {
                continue;
            }
            if (problem is not null)
            {
                yield return new ManifestRow(label, [], $"{problem}; row ignored");
            }
            else if (cells.Count != header.Count)
            {
                yield return new ManifestRow(label, [], $"has {cells.Count} cells where the header has {header.Count}; row ignored");
            }
            else
            {
                yield return new ManifestRow(label, [.. header.Zip(cells, (column, cell) => new KeyValuePair<string, string>(column, cell))], null);
            }
        }
    }

    private sealed record ManifestRow(string Label, IReadOnlyList<KeyValuePair<string, string>> Values, string? Problem);
}

/// <summary>One file's row in a folder manifest: its values and a hash of them, so that a changed row counts as a change.</summary>
internal sealed record ManifestEntry(FrontMatter Metadata, string Hash);
