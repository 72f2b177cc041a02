using Microsoft.AspNetCore.Http.Features;

namespace BharatBrief.Web.Hosting;

/// <summary>
/// HEAD on every GET route: the request runs as a GET (so routing, the output cache and every endpoint treat it as
/// one, and its headers are exactly the GET's) and the body it writes is thrown away. Static files answer HEAD
/// themselves; pages, feeds, robots.txt and the API only map GET.
/// </summary>
public static class HeadRequests
{
    public static WebApplication UseHeadAsGet(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }
            var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
            context.Request.Method = HttpMethods.Get;
            context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
            try
            {
                await next(context);
            }
            finally
            {
                context.Features.Set(body);
                context.Request.Method = HttpMethods.Head;
            }
        });
        return app;
    }
}
