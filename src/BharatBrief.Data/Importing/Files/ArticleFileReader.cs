using BharatBrief.Ingestion;

namespace BharatBrief.Data.Importing.Files;

/// <summary>Reads one article file, deciding the skips that need only its bytes: too large, empty, binary, unreadable.</summary>
internal static class ArticleFileReader
{
    public const string Empty = "empty";

    public const string Binary = "binary";

    /// <param name="path">The article file.</param>
    /// <param name="maxBytes">Larger files are skipped unread.</param>
    /// <param name="listed">Its row in the folder's manifest; its sidecar wins over it key by key, and both over front matter.</param>
    public static ArticleRead Read(string path, long maxBytes, ManifestEntry? listed = null)
    {
        byte[] bytes;
        try
        {
            // Measured before reading, so that a 20 MB file is never loaded.
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
            {
                return ArticleRead.Skip(ByteSizes.TooLarge(length, maxBytes));
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ArticleRead.Skip($"unreadable ({ex.Message})");
        }
        if (bytes.Length == 0)
        {
            return ArticleRead.Skip(Empty);
        }
        if (!TextDecoder.TryDecode(bytes, out var text, out var encodingWarning))
        {
            return ArticleRead.Skip(Binary);
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return ArticleRead.Skip(Empty);
        }
        var sidecar = SidecarReader.Read(path);
        string[] warnings = [.. new[] { encodingWarning, sidecar.Warning }.OfType<string>()];
        var metadata = (sidecar.Metadata, listed?.Metadata) switch
        {
            ({ } own, { } row) => own.With(row),
            (var own, var row) => own ?? row,
        };
        // Without a manifest row the hash is the sidecar's alone, as it was before manifests were read.
        var metadataHash = listed is null ? sidecar.Hash : ArticlePipeline.HashOf($"{sidecar.Hash}\n{listed.Hash}");
        return new ArticleRead(ArticleSource.FromFile(Path.GetFileName(path), text, metadata), metadataHash, null, warnings);
    }
}
