using System.Net;
using BharatBrief.Data.Accounts;
using BharatBrief.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>The editors' area is closed: anonymous requests go to sign-in, editors are refused the admin pages, responses are never stored.</summary>
public sealed class AccessTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    [Theory]
    [MemberData(nameof(EditorPages.All), MemberType = typeof(EditorPages))]
    public async Task Anonymous_reads_are_sent_to_sign_in_with_the_way_back(string path)
    {
        using var client = EditorClient.Anonymous(site.Factory);

        using var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("https://localhost/account/sign-in?ReturnUrl=", location, StringComparison.Ordinal);
        Assert.EndsWith(Uri.EscapeDataString(path), location, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EditorPages.All), MemberType = typeof(EditorPages))]
    public async Task Anonymous_posts_are_sent_to_sign_in_and_change_nothing(string path)
    {
        using var client = EditorClient.Anonymous(site.Factory);

        using var response = await client.PostRawAsync(path, new() { ["_handler"] = "brief", ["Input.Title"] = "x", ["Input.Action"] = "publish" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/account/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await site.Factory.ReadAsync(db => db.Briefs.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(EditorPages.Admins), MemberType = typeof(EditorPages))]
    public async Task Editors_are_refused_the_admin_pages(string path)
    {
        using var client = await EditorClient.SignedInAsync(site.Factory, $"editor-{Guid.NewGuid():N}@example.org", EditorRoles.Editor);

        var page = await client.GetAsync(path, HttpStatusCode.Forbidden);
        using var post = await client.PostRawAsync(path, new() { ["_handler"] = "create-account" });

        Assert.Equal("This page is not open to your account", page.One("h1").Text());
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Theory]
    [MemberData(nameof(EditorPages.Editors), MemberType = typeof(EditorPages))]
    public async Task Editors_open_their_pages_and_nothing_is_stored_for_readers(string path)
    {
        using var client = await EditorClient.SignedInAsync(site.Factory, $"editor-{Guid.NewGuid():N}@example.org", EditorRoles.Editor);

        using var response = await client.Http.GetAsync(path);

        // Pages of briefs or summits that do not exist answer 404; the point is that the role lets the editor in.
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path} must not be stored by any cache.");
        Assert.Null(response.Headers.Age);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Theory]
    [MemberData(nameof(EditorPages.Admins), MemberType = typeof(EditorPages))]
    public async Task Admins_open_the_admin_pages(string path)
    {
        using var client = await EditorClient.SignedInAsync(site.Factory, $"admin-{Guid.NewGuid():N}@example.org", EditorRoles.Admin);

        var page = await client.GetAsync(path);

        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task An_account_without_a_role_is_refused_the_editors_pages()
    {
        var email = $"nobody-{Guid.NewGuid():N}@example.org";
        using (var scope = site.Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            Assert.True((await users.CreateAsync(new IdentityUser { UserName = email, Email = email }, EditorClient.Password)).Succeeded);
        }
        using var client = EditorClient.Anonymous(site.Factory);
        using var signIn = await client.SignInAsync(email, EditorClient.Password);

        await client.GetAsync("/editor", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_reader_page_seen_by_an_editor_is_not_stored_for_readers()
    {
        using var editor = await EditorClient.SignedInAsync(site.Factory, $"editor-{Guid.NewGuid():N}@example.org", EditorRoles.Editor);
        using var reader = EditorClient.Anonymous(site.Factory);

        var editorsView = await editor.GetAsync("/themes?seen=by-editor");
        var readersView = await reader.GetAsync("/themes?seen=by-editor");

        Assert.NotNull(editorsView.QuerySelector(".account-bar"));
        Assert.Null(readersView.QuerySelector(".account-bar"));
        Assert.Null(readersView.QuerySelector("input[name='__RequestVerificationToken']"));
    }
}
