namespace BharatBrief.Ingestion.Gazetteers;

/// <summary>The names the pipeline knows: leaders, places, venues, forums, organisations, agreement words, theme lexicons.</summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> DefaultGazetteer = new(() => new Gazetteer());

    /// <summary>The gazetteer built from the embedded data files.</summary>
    public static Gazetteer Default => DefaultGazetteer.Value;
}
