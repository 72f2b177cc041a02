using Microsoft.Data.Sqlite;

namespace BharatBrief.Data.Tests.Support;

/// <summary>A folder of its own for one test, deleted afterwards with every database in it.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bharatbrief-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>A subfolder, created.</summary>
    public string Folder(string name) => Directory.CreateDirectory(File(name)).FullName;

    public void Dispose()
    {
        // Pooled connections keep the files open; they must go before the files can.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finalising connection: the OS temp cleaner takes it.
        }
    }
}
