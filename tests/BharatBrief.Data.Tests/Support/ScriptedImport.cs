using BharatBrief.Data.Importing;

namespace BharatBrief.Data.Tests.Support;

/// <summary>Importer options with the scripted parser and the simple consolidator: facts exactly as a test writes them.</summary>
public static class ScriptedImport
{
    public static ImportOptions Options(int batchSize = 200, string? pipelineVersion = null) => new()
    {
        Parse = ScriptedParser.Parse,
        Consolidate = SimpleConsolidator.Consolidate,
        BatchSize = batchSize,
        PipelineVersion = pipelineVersion ?? PipelineVersions.Current,
    };
}
