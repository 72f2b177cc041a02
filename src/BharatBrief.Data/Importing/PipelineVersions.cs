using BharatBrief.Ingestion;

namespace BharatBrief.Data.Importing;

/// <summary>Names the parser build, so that re-ingesting after the pipeline changed parses every article again.</summary>
public static class PipelineVersions
{
    /// <summary>
    /// The version of the ingestion assembly and its module id. Deterministic builds give the same module id to the
    /// same code and data files, and a new one when an extractor or a gazetteer changes.
    /// </summary>
    public static string Current { get; } = Describe();

    private static string Describe()
    {
        var assembly = typeof(ArticlePipeline).Assembly;
        var version = assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        return $"{version}+{assembly.ManifestModule.ModuleVersionId:N}";
    }
}
