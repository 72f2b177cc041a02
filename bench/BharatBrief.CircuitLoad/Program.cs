using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using BharatBrief.CircuitLoad;

// Opens N live search pages (real circuits) against a running site, measures the site's memory per idle circuit,
// then has some of them type searches at a reader's pace and measures how long the results take:
//   dotnet BharatBrief.CircuitLoad.dll --site http://127.0.0.1:5199/ --circuits 200 [--active 50] [--seconds 30]
//       [--pid <site process> [--gcdump "dotnet tool run dotnet-gcdump"]] [--warm-up] [--hold-until <file>]
// With --empty the circuits open on /search without a query (and hold no results) instead of a search each.
// With --hold-until, the circuits stay open (idle) after the typing until the file exists, so that the site's pages can
// be measured meanwhile; "HOLDING" on standard output says when.
// bench/circuit-benchmark.sh publishes and starts the site and runs this for 50, 200 and 500 circuits (docs/web.md).
const string Usage = "usage: BharatBrief.CircuitLoad --site <url> --circuits <n> [--active <n>] [--seconds <s>] [--pid <pid>] [--gcdump <command>] [--warm-up] [--hold-until <file>] [--empty] [--seed <n>]";
Uri? site = null;
int circuits = 0, active = 50, seconds = 30, processId = 0, seed = 42;
string? gcdump = null, holdUntil = null;
bool warmUp = false, empty = false;
for (var i = 0; i < args.Length; i++)
{
    var hasValue = i + 1 < args.Length;
    switch (args[i])
    {
        case "--site" when hasValue: site = new Uri(args[++i].TrimEnd('/') + "/"); break;
        case "--circuits" when hasValue: circuits = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--active" when hasValue: active = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--seconds" when hasValue: seconds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--pid" when hasValue: processId = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--gcdump" when hasValue: gcdump = args[++i]; break;
        case "--seed" when hasValue: seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--hold-until" when hasValue: holdUntil = args[++i]; break;
        case "--warm-up": warmUp = true; break;
        case "--empty": empty = true; break;
        default: Console.Error.WriteLine(Usage); return 2;
    }
}
if (site is null || circuits <= 0)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

// Searches a reader of the site might type: names, places and subjects of the generated corpus, one to three words.
string[] searches =
[
    "kudankulam", "s-400", "rupee ruble", "sanctions oil", "relos", "brics summit", "modi putin", "defence", "nuclear power",
    "crude oil", "vladivostok", "arctic", "fertiliser", "chennai vladivostok", "space", "lavrov jaishankar", "sco summit",
    "military exercise", "trade", "north south corridor", "helicopters", "gaganyaan", "annual summit", "moscow", "new delhi",
    "bilateral trade", "frigates", "coking coal", "brahmos", "pharmaceuticals",
];
// The typing pause after which the island searches (LiveSearch.TypingPause); a reader's keys come faster than that.
var typingPause = TimeSpan.FromMilliseconds(250);
var timeout = TimeSpan.FromSeconds(30);
var c = CultureInfo.InvariantCulture;

using var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), MaxConnectionsPerServer = 16 };
using var http = new HttpClient(handler) { Timeout = timeout };
using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(20));
var memory = processId > 0 ? new ServerMemory(processId, gcdump) : null;

// Readers arriving with a search (from the home page's form or a shared link) hold a page of results each; with
// --empty they arrive at the bare search page.
string PathOf(int index) => empty ? "search" : "search?q=" + Uri.EscapeDataString(searches[index % searches.Length]);

async Task<(List<IslandCircuit> Open, List<string> Failures, TimeSpan Took)> OpenAsync(int count)
{
    var open = new ConcurrentBag<IslandCircuit>();
    var failures = new ConcurrentBag<string>();
    var watch = Stopwatch.StartNew();
    // A few pages at a time, as readers arrive: the site also renders each page before its circuit starts.
    await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancel.Token }, async (index, token) =>
    {
        try
        {
            open.Add(await IslandCircuit.OpenAsync(site, http, PathOf(index), timeout, token));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
        {
            failures.Add(ex.GetType().Name + ": " + ex.Message);
        }
    });
    return ([.. open], [.. failures], watch.Elapsed);
}

async Task CloseAsync(IEnumerable<IslandCircuit> open) =>
    await Parallel.ForEachAsync(open, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (circuit, _) => await circuit.DisposeAsync());

async Task<(long Resident, long? Heap)> MeasureAsync()
{
    if (memory is null)
    {
        return (0, null);
    }
    // The heap dump collects first; the resident set is read after it, once the collection has given back what it can.
    var heap = await memory.LiveHeapBytesAsync(cancel.Token);
    await Task.Delay(TimeSpan.FromSeconds(1), cancel.Token);
    return (memory.ResidentBytes(), heap);
}

if (warmUp)
{
    // Every search once through a circuit (prerendered, started, typed, closed), so that code, caches and the pools
    // of the site are as they are after readers have come by, before anything is measured.
    var (warm, warmFailures, _) = await OpenAsync(searches.Length);
    foreach (var (circuit, index) in warm.Select((circuit, index) => (circuit, index)))
    {
        await circuit.TypeAsync(searches[(index + 1) % searches.Length], () => TimeSpan.FromMilliseconds(50), timeout, cancel.Token);
    }
    await CloseAsync(warm);
    Console.WriteLine($"Warmed up with {warm.Count} circuits ({warmFailures.Count} failed to open).");
    await Task.Delay(TimeSpan.FromSeconds(2), cancel.Token);
}

var before = await MeasureAsync();
var (circuitsOpen, openFailures, openTook) = await OpenAsync(circuits);
// Idle: nothing moves but the connections' keep-alives.
await Task.Delay(TimeSpan.FromSeconds(3), cancel.Token);
var idle = await MeasureAsync();
Console.WriteLine($"{circuitsOpen.Count} of {circuits} circuits open in {openTook.TotalSeconds:F1} s" +
    (openFailures.Count > 0 ? $"; {openFailures.Count} failed, first: {openFailures[0]}" : ""));

// Typing: a sample of the open circuits each types searches a character at a time (keys 100–200 ms apart, faster than
// the island's pause, so one search per query), then reads the results for 1–3 s, until the time is up.
var typists = circuitsOpen.Take(Math.Min(active, circuitsOpen.Count)).ToList();
var roundTrips = new ConcurrentBag<double>();
var keys = 0;
var timeouts = 0;
var typingEnd = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
await Task.WhenAll(typists.Select(async (circuit, index) =>
{
    var random = new Random(seed + index);
    await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 3000)), cancel.Token);
    while (Stopwatch.GetTimestamp() < typingEnd && circuit.Failure is null)
    {
        var search = searches[random.Next(searches.Length)];
        Interlocked.Add(ref keys, search.Length);
        var roundTrip = await circuit.TypeAsync(search, () => TimeSpan.FromMilliseconds(random.Next(100, 201)), TimeSpan.FromSeconds(10), cancel.Token);
        if (roundTrip is { } took)
        {
            roundTrips.Add(took.TotalMilliseconds);
        }
        else
        {
            Interlocked.Increment(ref timeouts);
        }
        await Task.Delay(TimeSpan.FromMilliseconds(random.Next(1000, 3001)), cancel.Token);
    }
}));
var failed = circuitsOpen.Where(circuit => circuit.Failure is not null).ToList();
var afterTyping = await MeasureAsync();
if (holdUntil is not null)
{
    Console.WriteLine("HOLDING");
    var holdEnd = DateTime.UtcNow.AddMinutes(10);
    while (!File.Exists(holdUntil) && DateTime.UtcNow < holdEnd)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(200), cancel.Token);
    }
}
var stillOpen = circuitsOpen.Count(circuit => circuit.Failure is null);
await CloseAsync(circuitsOpen);

double Percentile(IReadOnlyList<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
var times = roundTrips.Order().ToList();
var pauseMs = typingPause.TotalMilliseconds;
string Ms(double value) => double.IsNaN(value) ? "-" : value.ToString("F1", c);
string Kb(long bytes) => (bytes / 1024.0).ToString("F0", c);
var perCircuitResident = circuitsOpen.Count > 0 ? (idle.Resident - before.Resident) / circuitsOpen.Count : 0;
long? perCircuitHeap = circuitsOpen.Count > 0 && idle.Heap is { } idleHeap && before.Heap is { } beforeHeap ? (idleHeap - beforeHeap) / circuitsOpen.Count : null;

Console.WriteLine($"Memory before: {before.Resident / 1048576} MB resident, heap {(before.Heap is { } h0 ? $"{h0 / 1048576.0:F1} MB" : "-")}; " +
    $"with {circuitsOpen.Count} idle circuits: {idle.Resident / 1048576} MB, heap {(idle.Heap is { } h1 ? $"{h1 / 1048576.0:F1} MB" : "-")}; " +
    $"after typing: {afterTyping.Resident / 1048576} MB, heap {(afterTyping.Heap is { } h2 ? $"{h2 / 1048576.0:F1} MB" : "-")}");
Console.WriteLine($"Per idle circuit: {Kb(perCircuitResident)} KB resident, {(perCircuitHeap is { } ph ? Kb(ph) + " KB" : "-")} of live heap");
Console.WriteLine($"{typists.Count} typing for {seconds} s: {keys} keys ({typists.Sum(circuit => circuit.KeyDowns)} with a keydown), {times.Count} searches, {timeouts} without results in 10 s, {failed.Count} circuits failed" +
    (failed.Count > 0 ? $" (first: {failed[0].Failure})" : "") + $"; {stillOpen} circuits still working when closed");
Console.WriteLine($"Last key to results: p50 {Ms(Percentile(times, 0.5))} ms, p95 {Ms(Percentile(times, 0.95))} ms, p99 {Ms(Percentile(times, 0.99))} ms " +
    $"(of which the island's {pauseMs:F0} ms pause); beyond the pause: p50 {Ms(Percentile(times, 0.5) - pauseMs)}, p95 {Ms(Percentile(times, 0.95) - pauseMs)}, p99 {Ms(Percentile(times, 0.99) - pauseMs)} ms");
// One line for scripts: circuits asked, opened, failed to open, seconds to open, resident KB per circuit, heap KB per
// circuit, searches, timeouts, failed circuits, p50, p95, p99 beyond the pause (ms), resident MB with the idle circuits.
Console.WriteLine(string.Join('\t', "RESULT", circuits, circuitsOpen.Count, openFailures.Count, openTook.TotalSeconds.ToString("F1", c),
    Kb(perCircuitResident), perCircuitHeap is { } heapPer ? Kb(heapPer) : "-", times.Count, timeouts, failed.Count,
    Ms(Percentile(times, 0.5) - pauseMs), Ms(Percentile(times, 0.95) - pauseMs), Ms(Percentile(times, 0.99) - pauseMs), idle.Resident / 1048576));
return openFailures.Count == 0 && stillOpen == circuitsOpen.Count ? 0 : 1;
