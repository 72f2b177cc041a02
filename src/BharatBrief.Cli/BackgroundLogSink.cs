using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace BharatBrief.Cli;

/// <summary>
/// Hands log events to a thread of their own. An ingest logs one event per article from its single writer thread,
/// and a console write costs that thread more than a tenth of a millisecond; here it only queues the event. Events
/// keep their order, none is dropped (a full queue makes the caller wait), and disposing writes out the rest.
/// </summary>
internal sealed class BackgroundLogSink : ILogEventSink, IDisposable
{
    private const int Capacity = 10_000;

    private readonly BlockingCollection<LogEvent> _queue = new(Capacity);
    private readonly Logger _target;
    private readonly Thread _writer;

    public BackgroundLogSink(Logger target)
    {
        _target = target;
        _writer = new Thread(WriteAll) { IsBackground = true, Name = "log writer" };
        _writer.Start();
    }

    public void Emit(LogEvent logEvent) => _queue.Add(logEvent);

    public void Dispose()
    {
        _queue.CompleteAdding();
        _writer.Join();
        _target.Dispose();
        _queue.Dispose();
    }

    private void WriteAll()
    {
        foreach (var logEvent in _queue.GetConsumingEnumerable())
        {
            _target.Write(logEvent);
        }
    }
}
