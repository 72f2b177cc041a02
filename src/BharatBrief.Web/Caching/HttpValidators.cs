using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace BharatBrief.Web.Caching;

/// <summary>
/// What browsers and proxies need to keep a reader response and ask again cheaply: <c>Cache-Control: public,
/// max-age=60</c>, an <c>ETag</c> (a hash of the bytes sent, so a page that changed for any reason, a new day on the
/// home page included, gets a new one) and a <c>Last-Modified</c> (the last store change this process knows of, or its
/// start, or the start of the day in UTC, whichever is latest). It sits inside the output cache, so it runs when a
/// response is rendered and the cache keeps its headers with the bytes; the cache then answers <c>If-None-Match</c> and
/// <c>If-Modified-Since</c> with 304 from memory. Only responses the reader cache may share get them: pages with
/// interactive islands and the editors' area keep <c>no-store</c>.
/// </summary>
public static class HttpValidators
{
    /// <summary>How long a browser or proxy may reuse a reader response without asking: short, since the store changes.</summary>
    public const int MaxAgeSeconds = 60;

    public static readonly string CacheControl = $"public, max-age={MaxAgeSeconds}";

    private static readonly object SharedKey = new();

    /// <summary>Marks a request whose answer the reader cache may share (called by the reader cache policy).</summary>
    internal static void MarkShared(HttpContext context) => context.Items[SharedKey] = true;

    private static bool IsShared(HttpContext context) => context.Items.ContainsKey(SharedKey);

    public static WebApplication UseHttpValidators(this WebApplication app)
    {
        var generation = app.Services.GetRequiredService<StoreGeneration>();
        var time = app.Services.GetRequiredService<TimeProvider>();
        app.Use(async (context, next) =>
        {
            if (!IsShared(context))
            {
                await next(context);
                return;
            }
            var response = context.Response;
            var body = response.Body;
            using var buffer = new MemoryStream();
            response.Body = buffer;
            try
            {
                await next(context);
            }
            finally
            {
                response.Body = body;
            }
            if (response.StatusCode == StatusCodes.Status200OK && response.Headers.SetCookie.Count == 0 && !response.HasStarted)
            {
                response.Headers.ETag = EntityTag(buffer);
                response.Headers.LastModified = HeaderUtilities.FormatDate(LastModified(generation, time));
                response.Headers.CacheControl = CacheControl;
                response.ContentLength = buffer.Length;
            }
            buffer.Position = 0;
            await buffer.CopyToAsync(body, context.RequestAborted);
        });
        return app;
    }

    private static string EntityTag(MemoryStream buffer)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), hash);
        return $"\"{Base64Url.EncodeToString(hash[..16])}\"";
    }

    private static DateTimeOffset LastModified(StoreGeneration generation, TimeProvider time)
    {
        var today = new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        return generation.ChangedAt > today ? generation.ChangedAt : today;
    }
}
