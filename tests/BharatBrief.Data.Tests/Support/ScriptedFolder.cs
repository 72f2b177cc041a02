using System.Text;

namespace BharatBrief.Data.Tests.Support;

/// <summary>Writes articles for <see cref="ScriptedParser"/> into a folder.</summary>
public static class ScriptedFolder
{
    public static string Write(string folder, string name, params string[] lines)
    {
        File.WriteAllText(Path.Combine(folder, name), string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        return folder;
    }

    /// <summary>A plain article about India and Russia with one summit, one agreement, a figure and two themes.</summary>
    public static string[] Article(string title, string city = "Moscow", string date = "2024-07", string agreement = "RELOS") =>
    [
        title,
        $"India and Russia held talks in {city}.",
        $"@summit city=\"{city}\" date={date} status=held kind=annual-summit themes=defence",
        $"@agreement name=\"{agreement} pact\" aliases={agreement} status=signed themes=defence",
        "@figure what=\"bilateral trade\" value=\"65 billion USD\" amount=65",
        "@themes defence=0.6 energy=0.4",
    ];
}
