namespace BharatBrief.Web.Logging;

/// <summary>The request events, generated so that a request costs no formatting when the level is off.</summary>
internal static partial class RequestLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms (cached: {Cached})")]
    public static partial void Completed(ILogger logger, string method, string path, int statusCode, double elapsedMs, bool cached);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "HTTP {Method} {Path} failed with {StatusCode} in {ElapsedMs:0.0} ms")]
    public static partial void Failed(ILogger logger, Exception? exception, string method, string path, int statusCode, double elapsedMs);
}
