using System.Text.Json;

namespace BharatBrief.Web.Tests.Hosting;

/// <summary>What the site's build tells the runtime, read from the runtimeconfig.json the build writes beside it.</summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void The_site_runs_workstation_garbage_collection()
    {
        // The web SDK turns server GC on unless the project says otherwise; on two cores it costs ~60 MB (docs/web.md).
        var options = ConfigProperties();

        Assert.True(options.TryGetProperty("System.GC.Server", out var server), "System.GC.Server is not set");
        Assert.False(server.GetBoolean());
    }

    [Fact]
    public void The_garbage_collector_compacts_to_conserve_memory()
    {
        var options = ConfigProperties();

        Assert.True(options.TryGetProperty("System.GC.ConserveMemory", out var conserve), "System.GC.ConserveMemory is not set");
        Assert.Equal(7, conserve.GetInt32());
    }

    private static JsonElement ConfigProperties()
    {
        var site = typeof(Program).Assembly.Location;
        var path = Path.ChangeExtension(site, ".runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        return config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }
}
