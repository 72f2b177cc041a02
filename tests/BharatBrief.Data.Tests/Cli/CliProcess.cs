using System.Diagnostics;
using System.Text;

namespace BharatBrief.Data.Tests.Cli;

/// <summary>The built command line as a process of its own, as a shell starts it, and killed outright as a crash would.</summary>
internal static class CliProcess
{
    /// <summary>Starts <c>BharatBrief.Cli</c> with <paramref name="args"/>, its standard output and error redirected (UTF-8).</summary>
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, StandardErrorEncoding = Encoding.UTF8, StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BharatBrief.Cli.dll"));
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }
        return Process.Start(start)!;
    }

    /// <summary>Kills the process and anything it started outright (SIGKILL on Unix); false when it had already exited.</summary>
    public static bool TryKill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Waits for the process to end; past <paramref name="limit"/> it is killed and the test fails.</summary>
    public static async Task WaitAsync(Process process, TimeSpan limit, string what)
    {
        using var cancel = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            TryKill(process);
            Assert.Fail($"{what} took longer than {limit.TotalSeconds} s");
        }
    }
}
