using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace BharatBrief.Web.Security;

/// <summary>
/// A limit on sign-in attempts per client address (posts only; reading the form is free), on top of the lockout of
/// each account: it slows guessing across many accounts. Over the limit, a 429 with a page that says when to retry.
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    /// <summary>Setting <c>BharatBrief:Editors:SignInsPerMinute</c>: attempts per address per minute.</summary>
    public const string Setting = "BharatBrief:Editors:SignInsPerMinute";

    public static void Configure(RateLimiterOptions options, int permitsPerMinute)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("reading"));
        options.OnRejected = async (rejected, cancellationToken) =>
        {
            var response = rejected.HttpContext.Response;
            AccountLog.SignInThrottled(rejected.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("BharatBrief.Web.Accounts"));
            response.Headers.RetryAfter = "60";
            response.ContentType = "text/html; charset=utf-8";
            await response.WriteAsync(TooManyAttemptsPage, cancellationToken);
        };
    }

    // A page of its own: the request was a form post, which the status pages do not re-execute.
    private const string TooManyAttemptsPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Too many attempts · BharatBrief</title><link rel="stylesheet" href="/css/site.css" /></head>
        <body><main id="main">
        <h1>Too many sign-in attempts</h1>
        <p>There were too many attempts to sign in from your address. Wait a minute, then <a href="/account/sign-in">try again</a>.</p>
        </main></body>
        </html>
        """;
}
