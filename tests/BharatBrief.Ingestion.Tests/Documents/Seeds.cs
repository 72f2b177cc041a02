using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Tests.Documents;

/// <summary>The five seed articles, read from the test output folder and parsed once.</summary>
internal static class Seeds
{
    public const string Invitation = "000_83552c0574e623f4.txt";
    public const string Talks = "001_f6cc5b34e3c1c356.txt";
    public const string LavrovConfirms = "002_b565e2e97172eb5b.txt";
    public const string DelhiSummit = "003_82b28d731f843d0d.txt";
    public const string MoscowVisit = "004_9ccd3c76824c756c.txt";

    public static readonly string[] All = [Invitation, Talks, LavrovConfirms, DelhiSummit, MoscowVisit];

    private static readonly Dictionary<string, ArticleDocument> Parsed = [];

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", name));

    public static ArticleDocument Parse(string name)
    {
        lock (Parsed)
        {
            if (!Parsed.TryGetValue(name, out var document))
            {
                document = DocumentParser.Parse(Text(name), ArticleFormat.PlainText);
                Parsed[name] = document;
            }
            return document;
        }
    }

    public static IEnumerable<DocumentBlock> OfKind(this ArticleDocument document, BlockKind kind) =>
        document.Blocks.Where(block => block.Kind == kind);

    public static DocumentBlock BlockStarting(this ArticleDocument document, string start) =>
        document.Blocks.Single(block => block.Text.StartsWith(start, StringComparison.Ordinal));
}
