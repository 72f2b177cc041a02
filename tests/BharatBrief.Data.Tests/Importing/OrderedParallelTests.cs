using BharatBrief.Data.Importing.Writing;

namespace BharatBrief.Data.Tests.Importing;

public sealed class OrderedParallelTests
{
    [Fact]
    public async Task Results_come_in_input_order_and_workers_stay_a_bounded_number_ahead_of_a_slow_reader()
    {
        const int parallelism = 2;
        const int ahead = 5;
        int[] items = [.. Enumerable.Range(0, 60)];
        var started = 0;

        var received = new List<int>();
        await foreach (var result in OrderedParallel.SelectAsync(items, item =>
        {
            Interlocked.Increment(ref started);
            // Every third item is slower, so later ones finish first: the order is the helper's doing, not the workers'.
            Thread.Sleep(item % 3 == 0 ? 3 : 0);
            return item * 10;
        }, parallelism, ahead, CancellationToken.None))
        {
            received.Add(result);
            // A reader slower than the workers: they fill the window, and no further.
            await Task.Delay(2);
            Assert.InRange(Volatile.Read(ref started) - received.Count, 0, parallelism + ahead);
        }

        Assert.Equal(items.Select(item => item * 10), received);
    }
}
