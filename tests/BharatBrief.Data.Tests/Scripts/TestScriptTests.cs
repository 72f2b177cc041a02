namespace BharatBrief.Data.Tests.Scripts;

/// <summary>scripts/test.sh on a fresh machine, where another apt run may hold dpkg's lock.</summary>
public sealed class TestScriptTests
{
    [Fact]
    public void Every_apt_get_run_waits_for_the_dpkg_lock()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "BharatBrief.sln")))
        {
            folder = folder.Parent;
        }
        Assert.NotNull(folder);
        var runs = new[] { "test.sh", "postgres-test-server.sh" }
            .SelectMany(script => File.ReadAllLines(Path.Combine(folder.FullName, "scripts", script)))
            .Where(line => line.Contains("apt-get ", StringComparison.Ordinal) && !line.TrimStart().StartsWith('#') && !line.Contains("echo", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(runs);
        Assert.All(runs, line => Assert.Contains("-o DPkg::Lock::Timeout=300", line, StringComparison.Ordinal));
    }
}
