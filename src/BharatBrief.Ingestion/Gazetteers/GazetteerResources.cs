namespace BharatBrief.Ingestion.Gazetteers;

/// <summary>Opens the gazetteer data files embedded in this assembly (Gazetteers/Data/*.json).</summary>
public static class GazetteerResources
{
    public static Stream Open(string name) =>
        typeof(GazetteerResources).Assembly.GetManifestResourceStream($"BharatBrief.Ingestion.Gazetteers.{name}.json")
        ?? throw new InvalidOperationException($"The gazetteer data file '{name}.json' is not embedded in the assembly.");
}
