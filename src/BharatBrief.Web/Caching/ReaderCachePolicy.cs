using System.Globalization;
using BharatBrief.Web.Interactivity;
using BharatBrief.Web.Security;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Net.Http.Headers;

namespace BharatBrief.Web.Caching;

/// <summary>
/// Caches successful GET and HEAD responses for anonymous readers, varied by every query parameter (filters and
/// searches are in the URL), by the encodings the client accepts, and by the store generation, tagged for eviction.
/// Responses that set a cookie or are not 200, and pages with interactive islands, are never stored.
/// </summary>
internal sealed class ReaderCachePolicy(StoreGeneration generation, TimeSpan expiry) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var readable = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        // Editors' pages and anything a signed-in editor sees carry personal state and form tokens: never shared.
        var anonymous = !EditorArea.Covers(context.HttpContext) && !request.Headers.ContainsKey(HeaderNames.Authorization);
        // A page with interactive islands carries a component descriptor for one reader's circuit, valid for minutes:
        // neither this cache nor any other may keep it.
        var shareable = !InteractiveIslandsAttribute.IsOn(context.HttpContext);
        // The circuits' hub is mapped with the pages and so comes under this policy; its long-polling answers are 200s.
        var circuit = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<HubMetadata>() is not null;
        if (!shareable)
        {
            context.HttpContext.Response.Headers.CacheControl = "no-store";
        }
        if (readable && anonymous && shareable && !circuit)
        {
            HttpValidators.MarkShared(context.HttpContext);
        }
        context.EnableOutputCaching = !circuit;
        context.AllowCacheLookup = readable && anonymous && shareable;
        context.AllowCacheStorage = readable && anonymous && shareable;
        // Concurrent misses for one URL wait for the first rendering instead of all hitting the database.
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = expiry;
        context.CacheVaryByRules.QueryKeys = "*";
        // Compressed and plain answers are kept apart: a client that asks for none never gets Brotli.
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        context.CacheVaryByRules.VaryByValues["store"] = generation.Value.ToString(CultureInfo.InvariantCulture);
        context.Tags.Add(ReaderCache.Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}
