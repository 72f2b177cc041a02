using System.Net;
using BharatBrief.Data.Accounts;
using BharatBrief.Web.Security;
using BharatBrief.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>Signing in and out through the real forms: cookies, failures, lockout, return addresses, antiforgery, logging.</summary>
public sealed class SignInTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    [Fact]
    public async Task An_editor_signs_in_and_lands_where_they_were_going()
    {
        await EditorClient.CreateAccountAsync(site.Factory, "ravi@example.org", EditorRoles.Editor);
        using var client = EditorClient.Anonymous(site.Factory);

        using var response = await client.SignInAsync("ravi@example.org", EditorClient.Password, "/account/sign-in?ReturnUrl=%2Feditor%2Fbriefs%2Fnew");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/editor/briefs/new", EditorClient.PathOf(response));
        var page = await client.GetAsync("/editor");
        Assert.Contains("Signed in as ravi@example.org", page.One(".account-bar").Text(), StringComparison.Ordinal);
        Assert.Contains(site.Factory.Logs.Entries, e => e.Message.Contains("ravi@example.org signed in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_editors_request_event_names_their_role_never_their_address()
    {
        var email = $"kiran-{Guid.NewGuid():N}@example.org";
        using var editor = await EditorClient.SignedInAsync(site.Factory, email, EditorRoles.Editor);
        site.Factory.Logs.Clear();

        await editor.GetAsync("/editor");

        var request = Assert.Single(site.Factory.Logs.Entries, e => e.Category == LogCapture.RequestCategory);
        Assert.Equal(EditorRoles.Editor, request.Properties["UserRole"]);
        Assert.DoesNotContain(request.Properties.Values, value => value?.ToString()?.Contains(email, StringComparison.OrdinalIgnoreCase) == true);
        Assert.DoesNotContain(email, request.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://evil.example/steal")]
    [InlineData("//evil.example/steal")]
    [InlineData("/\\evil.example/steal")]
    [InlineData("javascript:alert(1)")]
    public async Task A_return_address_off_the_site_is_replaced_by_the_editors_desk(string returnUrl)
    {
        var email = $"meera-{Guid.NewGuid():N}@example.org";
        await EditorClient.CreateAccountAsync(site.Factory, email, EditorRoles.Editor);
        using var client = EditorClient.Anonymous(site.Factory);

        using var response = await client.SignInAsync(email, EditorClient.Password, "/account/sign-in?ReturnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/editor", EditorClient.PathOf(response));
    }

    [Fact]
    public async Task The_session_cookie_is_secure_http_only_and_same_site()
    {
        await EditorClient.CreateAccountAsync(site.Factory, "cookie@example.org", EditorRoles.Editor);
        using var client = EditorClient.Anonymous(site.Factory);
        using var form = await client.Http.GetAsync("/account/sign-in");
        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"));

        using var response = await client.SignInAsync("cookie@example.org", EditorClient.Password);

        var session = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".BharatBrief.Editor=", StringComparison.Ordinal));
        foreach (var cookie in new[] { session, antiforgery })
        {
            var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
            Assert.Contains("secure", attributes);
            Assert.Contains("httponly", attributes);
            Assert.Contains(attributes, a => a is "samesite=lax" or "samesite=strict");
        }
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_and_logged_without_the_password()
    {
        await EditorClient.CreateAccountAsync(site.Factory, "asha@example.org", EditorRoles.Editor);
        using var client = EditorClient.Anonymous(site.Factory);

        using var response = await client.SignInAsync("asha@example.org", "not the password 99");

        var page = await EditorClient.ReadAsync(response);
        Assert.Equal("The e-mail address or the password is not right.", page.One("#sign-in-error").Text());
        Assert.Equal("", page.One("#password").GetAttribute("value") ?? "");
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(".BharatBrief.Editor=", StringComparison.Ordinal));
        Assert.Contains(site.Factory.Logs.Entries, e => e.Message.Contains("Sign-in failed for asha@example.org", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Factory.Logs.Entries, e => e.Message.Contains("not the password 99", StringComparison.Ordinal)
            || e.Properties.Values.Any(v => v?.ToString()?.Contains("not the password 99", StringComparison.Ordinal) == true));
        Assert.DoesNotContain(site.Factory.Logs.Entries, e => e.Message.Contains(EditorClient.Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Repeated_failures_make_only_that_address_wait_and_the_editor_still_signs_in_from_elsewhere()
    {
        await EditorClient.CreateAccountAsync(site.Factory, "locked@example.org", EditorRoles.Editor);
        using var stranger = EditorClient.Anonymous(site.Factory, "203.0.113.5");
        for (var attempt = 0; attempt < AccountPolicies.MaxFailedSignIns; attempt++)
        {
            using var failed = await stranger.SignInAsync("locked@example.org", $"wrong password {attempt}");
            Assert.Equal(EditorSignIn.Refused, (await EditorClient.ReadAsync(failed)).One("#sign-in-error").Text());
        }

        using var waiting = await stranger.SignInAsync("locked@example.org", EditorClient.Password);
        Assert.StartsWith("Too many failed attempts from your address", (await EditorClient.ReadAsync(waiting)).One("#sign-in-error").Text(), StringComparison.Ordinal);
        await stranger.GetAsync("/editor", HttpStatusCode.Redirect);

        using var editor = EditorClient.Anonymous(site.Factory, "198.51.100.7");
        using var signedIn = await editor.SignInAsync("locked@example.org", EditorClient.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        await editor.GetAsync("/editor");
    }

    [Fact]
    public async Task Every_refusal_reads_the_same_for_an_existing_account_and_an_unknown_address()
    {
        await EditorClient.CreateAccountAsync(site.Factory, "known@example.org", EditorRoles.Editor);

        async Task<List<string>> RefusalsAsync(string email, string address)
        {
            using var client = EditorClient.Anonymous(site.Factory, address);
            var messages = new List<string>();
            for (var attempt = 0; attempt < AccountPolicies.MaxFailedSignIns + 2; attempt++)
            {
                using var response = await client.SignInAsync(email, $"wrong password {attempt}");
                messages.Add((await EditorClient.ReadAsync(response)).One("#sign-in-error").Text());
            }
            return messages;
        }

        var known = await RefusalsAsync("known@example.org", "203.0.113.21");
        var unknown = await RefusalsAsync("nobody-here@example.org", "203.0.113.22");

        Assert.Equal(known, unknown);
        Assert.All(known, message => Assert.DoesNotContain("locked", message, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_session_cookie_copied_before_sign_out_opens_nothing_after_it()
    {
        await EditorClient.CreateAccountAsync(site.Factory, "replay@example.org", EditorRoles.Editor);
        using var client = EditorClient.Anonymous(site.Factory);
        using var signedIn = await client.SignInAsync("replay@example.org", EditorClient.Password);
        var copied = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(EditorAccounts.CookieName + "=", StringComparison.Ordinal)).Split(';')[0];
        using var replay = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });

        async Task<HttpStatusCode> ReplayAsync(string url)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("Cookie", copied);
            using var response = await replay.SendAsync(request);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await ReplayAsync("/editor"));
        using var signedOut = await client.PostFormToActionAsync("/editor", "/account/sign-out");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync("/editor"));
        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync("/editor/briefs/new"));
    }

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_is_refused()
    {
        await EditorClient.CreateAccountAsync(site.Factory, "forged@example.org", EditorRoles.Editor);
        using var client = EditorClient.Anonymous(site.Factory);

        using var response = await client.PostRawAsync("/account/sign-in",
            new() { ["_handler"] = "sign-in", ["Input.Email"] = "forged@example.org", ["Input.Password"] = EditorClient.Password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".BharatBrief.Editor=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Signing_out_needs_the_token_and_closes_the_editors_pages()
    {
        using var client = await EditorClient.SignedInAsync(site.Factory, "leaving@example.org", EditorRoles.Editor);
        using var forged = await client.PostRawAsync("/account/sign-out", []);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        await client.GetAsync("/editor");

        using var response = await client.PostFormToActionAsync("/editor", "/account/sign-out");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await client.GetAsync("/editor", HttpStatusCode.Redirect);
        var signIn = await client.GetAsync("/account/sign-in?signedOut=true");
        Assert.Equal("You are signed out.", signIn.One(".form-notice").Text());
    }

    [Fact]
    public async Task Validation_messages_sit_next_to_empty_fields()
    {
        using var client = EditorClient.Anonymous(site.Factory);

        using var response = await client.SignInAsync("", "");

        var page = await EditorClient.ReadAsync(response);
        Assert.Equal(["Enter your e-mail address.", "Enter your password."], page.QuerySelectorAll(".validation-message").Select(m => m.Text()));
    }
}
