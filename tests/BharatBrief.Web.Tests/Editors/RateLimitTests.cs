using System.Net;
using BharatBrief.Web.Tests.Support;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>Sign-in attempts from one address are limited (10 a minute by default); reading the form is not.</summary>
public sealed class RateLimitTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task The_eleventh_attempt_in_a_minute_gets_a_429_page()
    {
        using var client = EditorClient.Anonymous(site.Factory);
        for (var attempt = 0; attempt < 10; attempt++)
        {
            using var allowed = await client.SignInAsync($"guess{attempt}@example.org", "wrong password 1");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.SignInAsync("guess@example.org", "wrong password 1");

        var page = await EditorClient.ReadAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("Too many sign-in attempts", page.One("h1").Text());
        Assert.Equal("60", refused.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await client.GetAsync("/account/sign-in");
    }
}
