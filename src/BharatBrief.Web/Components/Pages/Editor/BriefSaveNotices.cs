namespace BharatBrief.Web.Components.Pages.Editor;

/// <summary>A brief saved (or published, unpublished, restored): its new version, by whom, when.</summary>
public sealed record BriefSaved(int BriefId, int Version, string By, DateTime At, string Action);

/// <summary>
/// Tells the open brief pages of this process at once when a brief is saved, so that an editor with the brief open
/// learns of another's save while typing rather than when saving. In memory: with several servers, a save on one is
/// not heard on the others, and this would have to be fed from the store (a table polled by version, or
/// PostgreSQL's LISTEN/NOTIFY) instead (docs/editors.md, "Live editing"). The optimistic-concurrency check on save
/// stays the guarantee either way.
/// </summary>
public sealed partial class BriefSaveNotices(ILogger<BriefSaveNotices> logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, List<Func<BriefSaved, Task>>> _listeners = [];

    /// <summary>Calls <paramref name="listener"/> for every save of the brief until the result is disposed.</summary>
    public IDisposable Listen(int briefId, Func<BriefSaved, Task> listener)
    {
        lock (_gate)
        {
            if (!_listeners.TryGetValue(briefId, out var listeners))
            {
                _listeners[briefId] = listeners = [];
            }
            listeners.Add(listener);
        }
        return new Subscription(this, briefId, listener);
    }

    /// <summary>How many open pages listen to the brief.</summary>
    public int Listening(int briefId)
    {
        lock (_gate)
        {
            return _listeners.TryGetValue(briefId, out var listeners) ? listeners.Count : 0;
        }
    }

    /// <summary>Tells every page listening to the brief; a listener that fails is logged and fails no one else.</summary>
    public void Tell(BriefSaved saved)
    {
        Func<BriefSaved, Task>[] listeners;
        lock (_gate)
        {
            listeners = _listeners.TryGetValue(saved.BriefId, out var found) ? [.. found] : [];
        }
        foreach (var listener in listeners)
        {
            _ = DeliverAsync(listener, saved);
        }
    }

    private async Task DeliverAsync(Func<BriefSaved, Task> listener, BriefSaved saved)
    {
        try
        {
            await listener(saved);
        }
        catch (Exception exception)
        {
            ListenerFailed(logger, exception, saved.BriefId);
        }
    }

    private void Forget(int briefId, Func<BriefSaved, Task> listener)
    {
        lock (_gate)
        {
            if (_listeners.TryGetValue(briefId, out var listeners) && listeners.Remove(listener) && listeners.Count == 0)
            {
                _listeners.Remove(briefId);
            }
        }
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "An open page of brief {BriefId} could not be told of a save")]
    private static partial void ListenerFailed(ILogger logger, Exception exception, int briefId);

    private sealed class Subscription(BriefSaveNotices notices, int briefId, Func<BriefSaved, Task> listener) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                notices.Forget(briefId, listener);
            }
        }
    }
}
