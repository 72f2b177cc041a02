using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BharatBrief.CircuitLoad;

/// <summary>
/// One reader's search page, without a browser: loads the prerendered page, starts its circuit over the framework's
/// hub as blazor.web.js does (StartCircuit, then UpdateRootComponents with the page's markers), acknowledges every
/// render batch, answers the calls the island makes into the page, types into the search box by dispatching its
/// keydown and input events, and closes the circuit as a page being left does.
/// </summary>
public sealed class IslandCircuit : IAsyncDisposable
{
    private const string NavigateTo = "Blazor._internal.navigationManager.navigateTo";
    private const string AttachRendererInterop = "Blazor._internal.attachWebRendererInterop";
    private const int JSObjectReferenceResult = 1;

    private readonly Uri _site;
    private readonly HttpClient _http;
    private readonly HubConnection _connection;
    private readonly TaskCompletionSource _live = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private SearchBoxHandlers? _searchBox;
    private long _rendererInterop;
    private long _nextJSObjectId = 1;
    private long _nextCallId = 1;
    private PendingResults? _pending;
    private string? _circuitSecret;

    private IslandCircuit(Uri site, HttpClient http)
    {
        _site = site;
        _http = http;
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(site, "_blazor"), HttpTransportType.WebSockets)
            .ConfigureLogging(logging => logging.AddProvider(new ErrorOutputLogger()));
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        _connection = builder.Build();
        _connection.On<long, byte[]>("JS.RenderBatch", OnRenderBatchAsync);
        _connection.On<long, string, string, int, long, int>("JS.BeginInvokeJS", OnBeginInvokeJSAsync);
        _connection.On<string, bool, string>("JS.EndInvokeDotNet", (_, _, _) => { });
        _connection.On<long>("JS.EndUpdateRootComponents", _ => { });
        _connection.On<int, string>("JS.AttachComponent", (_, _) => { });
        _connection.On<string>("JS.Error", error => Fail($"the server reported: {error}"));
        _connection.Closed += error =>
        {
            if (error is not null)
            {
                Fail($"the connection closed: {error.Message}");
            }
            return Task.CompletedTask;
        };
    }

    /// <summary>Keys typed with a keydown event as well as an input event (the box's keydown handler was known).</summary>
    public int KeyDowns { get; private set; }

    /// <summary>Render batches received (each acknowledged).</summary>
    public int Batches { get; private set; }

    /// <summary>Why the circuit stopped working, if it did.</summary>
    public string? Failure { get; private set; }

    /// <summary>
    /// Loads the page at <paramref name="path"/> and starts its circuit; returns once the island is live (its search
    /// box's handlers known and <c>data-live="on"</c> rendered).
    /// </summary>
    public static async Task<IslandCircuit> OpenAsync(Uri site, HttpClient http, string path, TimeSpan timeout, CancellationToken cancel)
    {
        var circuit = new IslandCircuit(site, http);
        try
        {
            await circuit.StartAsync(path, timeout, cancel);
            return circuit;
        }
        catch
        {
            await circuit.DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync(string path, TimeSpan timeout, CancellationToken cancel)
    {
        var page = new Uri(_site, path);
        var island = PrerenderedIsland.Parse(await _http.GetStringAsync(page, cancel));
        if (island.Markers.Count == 0)
        {
            throw new InvalidOperationException($"{path} carries no server component marker");
        }
        await _connection.StartAsync(cancel);
        _circuitSecret = await _connection.InvokeAsync<string?>("StartCircuit", _site.ToString(), page.ToString(), "[]", island.ApplicationState, cancel)
            ?? throw new InvalidOperationException("the server refused to start the circuit");
        await _connection.SendAsync("UpdateRootComponents", island.AddOperationsJson(), island.ApplicationState, cancel);
        await _live.Task.WaitAsync(timeout, cancel);
    }

    /// <summary>
    /// Types <paramref name="text"/> into the empty search box a character at a time, as a browser reports it: a
    /// keydown, then an input event with the box's whole value. Returns the time from the last input event to the
    /// render batch that shows the results for the whole text (the batch after the island puts the search in the
    /// address), or null if it did not come within <paramref name="timeout"/>.
    /// </summary>
    public async Task<TimeSpan?> TypeAsync(string text, Func<TimeSpan> pace, TimeSpan timeout, CancellationToken cancel)
    {
        var results = new PendingResults(text);
        lock (_gate)
        {
            _pending = results;
        }
        for (var length = 1; length <= text.Length; length++)
        {
            if (length > 1)
            {
                await Task.Delay(pace(), cancel);
            }
            await DispatchKeyAsync(text[length - 1], text[..length], length == text.Length ? results : null, cancel);
        }
        try
        {
            var shown = await results.Shown.Task.WaitAsync(timeout, cancel);
            return Stopwatch.GetElapsedTime(results.LastInput, shown);
        }
        catch (TimeoutException)
        {
            return null;
        }
        finally
        {
            lock (_gate)
            {
                if (_pending == results)
                {
                    _pending = null;
                }
            }
        }
    }

    private async Task DispatchKeyAsync(char key, string value, PendingResults? last, CancellationToken cancel)
    {
        var box = _searchBox ?? throw new InvalidOperationException("the search box has not been rendered");
        if (box.KeyDown != 0)
        {
            var keyDown = new JsonObject
            {
                ["key"] = key.ToString(),
                ["code"] = char.IsLetter(key) ? $"Key{char.ToUpperInvariant(key)}" : char.IsDigit(key) ? $"Digit{key}" : key == ' ' ? "Space" : "",
                ["location"] = 0,
                ["repeat"] = false,
                ["ctrlKey"] = false,
                ["shiftKey"] = false,
                ["altKey"] = false,
                ["metaKey"] = false,
                ["type"] = "keydown",
                ["isComposing"] = false,
            };
            await DispatchEventAsync(box.KeyDown, "keydown", null, keyDown, cancel);
            KeyDowns++;
        }
        if (last is not null)
        {
            last.LastInput = Stopwatch.GetTimestamp();
        }
        await DispatchEventAsync(box.Input, "input", new JsonObject { ["componentId"] = box.ComponentId, ["fieldValue"] = value },
            new JsonObject { ["value"] = value }, cancel);
    }

    // Events reach the renderer as blazor.web.js sends them: a call of DispatchEventAsync on the renderer's interop
    // object, with the event's descriptor and arguments.
    private Task DispatchEventAsync(ulong handlerId, string eventName, JsonObject? fieldInfo, JsonObject eventArgs, CancellationToken cancel)
    {
        var descriptor = new JsonObject { ["eventHandlerId"] = handlerId, ["eventName"] = eventName, ["eventFieldInfo"] = fieldInfo };
        var arguments = new JsonArray(descriptor, eventArgs).ToJsonString();
        var callId = Interlocked.Increment(ref _nextCallId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return _connection.SendAsync("BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync", _rendererInterop, arguments, cancel);
    }

    private async Task OnRenderBatchAsync(long batchId, byte[] data)
    {
        var received = Stopwatch.GetTimestamp();
        Batches++;
        try
        {
            var batch = RenderBatch.Read(data);
            if (batch.SearchBox is { } box)
            {
                _searchBox = box with { KeyDown = box.KeyDown != 0 ? box.KeyDown : _searchBox?.KeyDown ?? 0 };
            }
            if (batch.WentLive && _searchBox is not null)
            {
                _live.TrySetResult();
            }
            PendingResults? pending;
            lock (_gate)
            {
                pending = _pending;
            }
            if (pending is { AddressShown: true })
            {
                pending.Shown.TrySetResult(received);
            }
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            Fail($"render batch {batchId} could not be read: {ex.Message}");
        }
        await _connection.SendAsync("OnRenderCompleted", batchId, null);
    }

    private async Task OnBeginInvokeJSAsync(long asyncHandle, string identifier, string argsJson, int resultType, long targetInstanceId, int callType)
    {
        JsonNode? result = null;
        if (identifier == AttachRendererInterop)
        {
            // Its arguments: the renderer's id, then the renderer's interop object, through which events are dispatched.
            var arguments = JsonNode.Parse(argsJson)?.AsArray();
            _rendererInterop = (long?)arguments?[1]?["__dotNetObject"] ?? 0;
        }
        else if (identifier == NavigateTo)
        {
            NoteAddress(argsJson);
        }
        if (resultType == JSObjectReferenceResult)
        {
            result = new JsonObject { ["__jsObjectId"] = Interlocked.Increment(ref _nextJSObjectId) };
        }
        if (asyncHandle != 0)
        {
            var answer = new JsonArray(asyncHandle, true, result).ToJsonString();
            await _connection.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, answer);
        }
    }

    // The island puts each search it shows in the address just before rendering it: the next batch shows its results.
    private void NoteAddress(string argsJson)
    {
        PendingResults? pending;
        lock (_gate)
        {
            pending = _pending;
        }
        if (pending is null || JsonNode.Parse(argsJson)?.AsArray()[0]?.GetValue<string>() is not { } address)
        {
            return;
        }
        var query = address.IndexOf('?', StringComparison.Ordinal) is var start and >= 0 ? HttpUtility.ParseQueryString(address[start..])["q"] : null;
        if (query == pending.Text && pending.LastInput != 0)
        {
            pending.AddressShown = true;
        }
    }

    private void Fail(string reason)
    {
        Failure ??= reason;
        _live.TrySetException(new InvalidOperationException(reason));
    }

    /// <summary>Closes the circuit as a page being left does: the connection stopped, then the circuit disposed at once.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _connection.StopAsync();
            if (_circuitSecret is not null)
            {
                using var form = new MultipartFormDataContent { { new StringContent(_circuitSecret), "circuitId" } };
                using var response = await _http.PostAsync(new Uri(_site, "_blazor/disconnect"), form);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // The site is going away; there is nothing left to close.
        }
        await _connection.DisposeAsync();
    }

    private sealed class PendingResults(string text)
    {
        public string Text { get; } = text;

        public long LastInput { get; set; }

        public bool AddressShown { get; set; }

        public TaskCompletionSource<long> Shown { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
