using System.Net;
using BharatBrief.Data.Accounts;
using Microsoft.Extensions.Caching.Memory;

namespace BharatBrief.Web.Security;

/// <summary>
/// Failed sign-ins counted per client address and typed e-mail address, whether or not an account has that address.
/// The first <see cref="AccountPolicies.MaxFailedSignIns"/> failures cost nothing; after them the pair must wait before
/// the next attempt, one minute doubling with each further failure up to <see cref="MaxWait"/>. Only that pair waits:
/// the editor signs in from their own address while a stranger guesses from another, so no one can lock an editor
/// out. A success clears the pair; a pair with no failure for <see cref="Memory"/> is forgotten.
/// </summary>
public sealed class SignInThrottle(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan FirstWait = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Memory = TimeSpan.FromHours(1);

    private readonly MemoryCache _failures = new(new MemoryCacheOptions());
    private readonly Lock _gate = new();

    /// <summary>How long the pair must still wait before its next attempt, or null when it may try now.</summary>
    public TimeSpan? WaitBefore(IPAddress? source, string email)
    {
        lock (_gate)
        {
            if (_failures.TryGetValue(Key(source, email), out Failures? failures) && failures!.Until is { } until && until > time.GetUtcNow())
            {
                return until - time.GetUtcNow();
            }
            return null;
        }
    }

    /// <summary>Counts a failed attempt of the pair.</summary>
    public void Failed(IPAddress? source, string email)
    {
        var key = Key(source, email);
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var failures = _failures.TryGetValue(key, out Failures? known) && now - known!.Last < Memory ? known : new Failures();
            failures.Count++;
            failures.Last = now;
            var over = failures.Count - AccountPolicies.MaxFailedSignIns;
            if (over >= 0)
            {
                var wait = TimeSpan.FromTicks(Math.Min(MaxWait.Ticks, FirstWait.Ticks << Math.Min(over, 10)));
                failures.Until = now + wait;
            }
            _failures.Set(key, failures, new MemoryCacheEntryOptions { SlidingExpiration = Memory + MaxWait });
        }
    }

    /// <summary>Forgets the pair's failures after a successful sign-in.</summary>
    public void Succeeded(IPAddress? source, string email)
    {
        lock (_gate)
        {
            _failures.Remove(Key(source, email));
        }
    }

    public void Dispose() => _failures.Dispose();

    private static string Key(IPAddress? source, string email) =>
        $"{source?.ToString() ?? "unknown"}|{email.Trim().ToUpperInvariant()}";

    private sealed class Failures
    {
        public int Count { get; set; }

        public DateTimeOffset Last { get; set; }

        public DateTimeOffset? Until { get; set; }
    }
}
