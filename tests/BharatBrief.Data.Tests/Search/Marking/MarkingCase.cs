using System.Globalization;
using System.Text;
using BharatBrief.Data.Search.Marking;
using BharatBrief.Data.Tests.Support;

namespace BharatBrief.Data.Tests.Search.Marking;

/// <summary>Helpers shared by the marking tests: phrase lists written compactly, the seed articles, UTF-8 comparison.</summary>
internal static class MarkingCase
{
    /// <summary>
    /// Phrases from a compact spec: phrases separated by " + ", each a run of words (letters, digits and marks, as the
    /// site reads them: "S-400" is the words S and 400), a trailing * making it a prefix. "sanctions + oil*".
    /// </summary>
    public static List<(IReadOnlyList<string> Words, bool Prefix)> Phrases(string spec) =>
    [
        .. spec.Split(" + ").Select(part =>
        {
            var prefix = part.EndsWith('*');
            var words = new List<string>();
            var word = new StringBuilder();
            foreach (var c in prefix ? part[..^1] : part)
            {
                if (char.IsLetterOrDigit(c) || char.IsSurrogate(c)
                    || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                {
                    word.Append(c);
                }
                else if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
            }
            if (word.Length > 0)
            {
                words.Add(word.ToString());
            }
            return ((IReadOnlyList<string>)words, prefix);
        }),
    ];

    public static PhraseMarker Marker(string spec) => new(Phrases(spec));

    /// <summary>Each seed article as title (first line), lede (second line) and body (the rest).</summary>
    public static IEnumerable<(string Name, string Title, string Lede, string Body)> Seeds() =>
        SeedFiles.Names.Select(name =>
        {
            var lines = File.ReadAllText(Path.Combine(SeedFiles.Folder, name)).Replace("\r\n", "\n").Split('\n');
            return (name, lines[0], lines.Length > 1 ? lines[1] : "", string.Join('\n', lines.Skip(2)));
        });

    /// <summary>Asserts that the marked text is, in UTF-8, exactly what FTS5 returned.</summary>
    public static void Same(byte[]? fts5, string? mine, string what)
    {
        if (fts5 is null || mine is null)
        {
            Assert.True(fts5 is null && mine is null, $"{what}\nFTS5: {(fts5 is null ? "NULL" : Encoding.UTF8.GetString(fts5))}\nours: {mine ?? "NULL"}");
            return;
        }
        var expected = Encoding.UTF8.GetString(fts5);
        Assert.True(expected == mine, $"{what}\nFTS5: {expected}\nours: {mine}");
        Assert.Equal(fts5, Encoding.UTF8.GetBytes(mine));
    }
}
