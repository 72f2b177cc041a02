using System.Runtime.CompilerServices;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>Runs work on several threads and hands the results back in input order, a bounded number ahead.</summary>
internal static class OrderedParallel
{
    /// <summary>
    /// <paramref name="work"/> of each item, in the order of <paramref name="items"/>. At most
    /// <paramref name="parallelism"/> items are worked on at once and at most <paramref name="ahead"/> more wait
    /// finished, so memory stays flat however long the list, and a consumer that pauses does not stop the workers.
    /// </summary>
    public static async IAsyncEnumerable<TResult> SelectAsync<TItem, TResult>(
        IReadOnlyList<TItem> items,
        Func<TItem, TResult> work,
        int parallelism,
        int ahead,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(parallelism);
        var window = new Queue<Task<TResult>>();
        var next = 0;
        try
        {
            while (next < items.Count || window.Count > 0)
            {
                while (next < items.Count && window.Count < parallelism + ahead)
                {
                    var item = items[next++];
                    window.Enqueue(Task.Run(async () =>
                    {
                        await gate.WaitAsync(cancellationToken);
                        try
                        {
                            return work(item);
                        }
                        finally
                        {
                            gate.Release();
                        }
                    }, cancellationToken));
                }
                yield return await window.Dequeue();
            }
        }
        finally
        {
            // Work already started ends before the caller moves on (and before the gate is disposed).
            while (window.Count > 0)
            {
                try
                {
                    await window.Dequeue();
                }
                catch (Exception)
                {
                    // The caller has stopped reading: what the remaining work returns or throws is dropped.
                }
            }
        }
    }
}
