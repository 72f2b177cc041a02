using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BharatBrief.Data.Tests.Worker;

/// <summary>A feed served over real HTTP on the loopback address, whose answer a test changes between polls.</summary>
public sealed class FeedServer : IAsyncDisposable
{
    private WebApplication _app = default!;
    private int _requests;

    private FeedServer()
    {
    }

    public string Address { get; private set; } = "";

    public volatile string Body = "";

    public volatile int Status = StatusCodes.Status200OK;

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<FeedServer> StartAsync()
    {
        var server = new FeedServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/feed.xml", async context =>
        {
            Interlocked.Increment(ref server._requests);
            context.Response.StatusCode = server.Status;
            context.Response.ContentType = "application/atom+xml; charset=utf-8";
            await context.Response.WriteAsync(server.Body);
        });
        await app.StartAsync();
        server._app = app;
        server.Address = app.Urls.Single().TrimEnd('/') + "/feed.xml";
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
