namespace BharatBrief.Web.Interactivity;

/// <summary>How many circuits this process holds open, for the circuit log.</summary>
public sealed class OpenCircuits
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    internal int Opened() => Interlocked.Increment(ref _count);

    internal int Closed() => Interlocked.Decrement(ref _count);
}
