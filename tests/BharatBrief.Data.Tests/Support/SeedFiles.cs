namespace BharatBrief.Data.Tests.Support;

/// <summary>The seed articles, linked into the test output as Seeds/*.txt.</summary>
public static class SeedFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Seeds");

    public static IReadOnlyList<string> Names => [.. Directory.GetFiles(Folder, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    /// <summary>Copies the seeds into <paramref name="folder"/> and returns it.</summary>
    public static string CopyTo(string folder)
    {
        foreach (var file in Directory.GetFiles(Folder, "*.txt"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }
        return folder;
    }
}
