using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BharatBrief.CircuitLoad;

/// <summary>
/// The site process's memory: resident set from /proc, and the live managed heap from a heap dump (dotnet-gcdump),
/// which forces a full collection first, so that garbage not yet collected does not count as the circuits' memory.
/// <paramref name="gcdump"/> is the command that runs the tool, e.g. <c>dotnet tool run dotnet-gcdump</c>.
/// </summary>
public sealed partial class ServerMemory(int processId, string? gcdump)
{
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }
        throw new InvalidOperationException($"no VmRSS for process {processId}");
    }

    /// <summary>The bytes of live objects after a full collection, or null without dotnet-gcdump.</summary>
    public async Task<long?> LiveHeapBytesAsync(CancellationToken cancel)
    {
        if (gcdump is null)
        {
            return null;
        }
        var file = Path.Combine(Path.GetTempPath(), $"circuit-load-{processId}-{Guid.NewGuid():N}.gcdump");
        try
        {
            var command = gcdump.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            await RunAsync(command[0], [.. command[1..], "collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "-o", file], cancel);
            var report = await RunAsync(command[0], [.. command[1..], "report", file], cancel);
            // The report lists types by size; its first line totals them: "<bytes>  GC Heap bytes".
            var total = TotalLine().Match(report);
            return total.Success ? long.Parse(total.Groups["bytes"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : null;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> RunAsync(string program, string[] arguments, CancellationToken cancel)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync(cancel);
        var errors = process.StandardError.ReadToEndAsync(cancel);
        await process.WaitForExitAsync(cancel);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {await errors}");
        }
        return await output;
    }

    [GeneratedRegex(@"^\s*(?<bytes>[\d,]+)\s+GC Heap bytes", RegexOptions.Multiline)]
    private static partial Regex TotalLine();
}
