namespace BharatBrief.Data.Importing.Files;

/// <summary>The article files of a folder.</summary>
internal static class ArticleFolder
{
    private static readonly string[] Extensions = [".txt", ".md"];

    /// <summary>Every .txt and .md file directly in <paramref name="folder"/>, sorted by name so that runs are repeatable.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist or is a file.</exception>
    public static IReadOnlyList<string> List(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException(File.Exists(folder)
                ? $"'{folder}' is a file, not a folder of articles."
                : $"The folder '{folder}' does not exist.");
        }
        return Directory.EnumerateFiles(folder)
            .Where(path => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .ToArray();
    }
}
