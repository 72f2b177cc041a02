using System.IO.Compression;
using BharatBrief.Web.Tests.Support;

namespace BharatBrief.Web.Tests.Hosting;

/// <summary>Pages are compressed once, when rendered, and kept compressed in the cache apart from their plain form.</summary>
public sealed class CompressionTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task A_browser_gets_Brotli_from_the_cache_and_a_plain_client_gets_plain_text()
    {
        var compressed = await GetAsync("/?compression=1", "br, gzip");
        var again = await GetAsync("/?compression=1", "br, gzip");
        var plain = await GetAsync("/?compression=1", null);

        Assert.Equal(["br"], compressed.Encoding);
        Assert.Contains("Accept-Encoding", compressed.Vary);
        Assert.True(again.Cached);
        Assert.Equal(["br"], again.Encoding);
        Assert.Empty(plain.Encoding);
        Assert.Equal(plain.Body, Unbrotli(again.Bytes));
        Assert.True(compressed.Bytes.Length * 3 < plain.Bytes.Length);
    }

    [Fact]
    public async Task Feeds_and_the_API_are_compressed_too()
    {
        Assert.Equal(["br"], (await GetAsync("/feeds/articles.atom", "br")).Encoding);
        Assert.Equal(["gzip"], (await GetAsync("/api/summits", "gzip")).Encoding);
    }

    private async Task<(string[] Encoding, string[] Vary, bool Cached, byte[] Bytes, string Body)> GetAsync(string url, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        }
        using var response = await site.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return ([.. response.Content.Headers.ContentEncoding], [.. response.Headers.Vary], response.Headers.Age.HasValue, bytes,
            System.Text.Encoding.UTF8.GetString(bytes));
    }

    private static string Unbrotli(byte[] bytes)
    {
        using var brotli = new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(brotli);
        return reader.ReadToEnd();
    }
}
