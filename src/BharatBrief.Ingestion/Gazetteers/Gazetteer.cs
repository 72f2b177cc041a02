namespace BharatBrief.Ingestion.Gazetteers;

/// <summary>The names the pipeline knows: leaders, places, venues, forums, organisations, agreement words, theme lexicons.</summary>
public sealed class Gazetteer
{
}
