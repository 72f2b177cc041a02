using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace BharatBrief.Web.Logging;

/// <summary>
/// Writes exactly one event per request when it ends: method, path (never the query string, which may carry what a
/// reader typed, nor cookies), status, elapsed milliseconds, whether the output cache answered, and a failure with its
/// exception. Re-executions for error and status pages happen inside it, so they are part of the same event.
/// </summary>
internal sealed class RequestLoggingMiddleware(RequestDelegate next, ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger("BharatBrief.Web.Requests");

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        Exception? failure = null;
        try
        {
            await next(context);
        }
        catch (Exception ex)
        {
            failure = ex;
            throw;
        }
        finally
        {
            Write(context, started, failure ?? context.Features.Get<IExceptionHandlerFeature>()?.Error);
        }
    }

    private void Write(HttpContext context, long started, Exception? failure)
    {
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var request = context.Request;
        var path = request.PathBase.Add(request.Path).Value ?? "/";
        // An exception that escapes here has not been answered yet: the server will answer 500.
        var status = failure is not null && !context.Response.HasStarted && context.Response.StatusCode < 500 ? 500 : context.Response.StatusCode;
        if (failure is not null || status >= 500)
        {
            RequestLog.Failed(_logger, failure, request.Method, path, status, elapsed);
            return;
        }
        RequestLog.Completed(_logger, request.Method, path, status, elapsed, context.Response.Headers.Age.Count > 0);
    }
}
