using System.Net;
using AngleSharp.Dom;
using BharatBrief.Data.Accounts;
using BharatBrief.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>
/// A browser-like client of the site over https (the cookies are Secure), keeping cookies and following nothing by
/// itself: it reads forms from pages and posts them back with their antiforgery token, as a browser would.
/// </summary>
public sealed class EditorClient : IDisposable
{
    public const string Password = "correct horse 42 battery";

    private EditorClient(HttpClient http) => Http = http;

    public HttpClient Http { get; }

    /// <param name="factory">The site.</param>
    /// <param name="clientAddress">The address the client connects from (every request says so), or the test host's default.</param>
    public static EditorClient Anonymous(SiteFactory factory, string? clientAddress = null)
    {
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
        if (clientAddress is not null)
        {
            http.DefaultRequestHeaders.Add(SiteFactory.ClientAddressHeader, clientAddress);
        }
        return new(http);
    }

    /// <summary>A client over <paramref name="http"/>, e.g. one of several servers' clients sharing one cookie jar.</summary>
    public static EditorClient Over(HttpClient http) => new(http);

    /// <summary>An account made through <see cref="UserAccounts"/>, the command line's path.</summary>
    public static async Task CreateAccountAsync(SiteFactory factory, string email, string role, string password = Password)
    {
        using var scope = factory.Services.CreateScope();
        var problems = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(email, password, role);
        Assert.Empty(problems);
    }

    /// <summary>Creates the account when needed and signs in through the sign-in form.</summary>
    public static async Task<EditorClient> SignedInAsync(SiteFactory factory, string email, string role)
    {
        await CreateAccountAsync(factory, email, role);
        var client = Anonymous(factory);
        using var response = await client.SignInAsync(email, Password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in as {email} answered {(int)response.StatusCode}.");
        return client;
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password, string url = "/account/sign-in") =>
        await PostFormAsync(url, "sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    public async Task<IDocument> GetAsync(string url, HttpStatusCode status = HttpStatusCode.OK) => await Html.GetAsync(Http, url, status);

    /// <summary>GETs <paramref name="url"/> and posts its form <paramref name="formName"/> with <paramref name="fields"/> set over what it holds.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, string formName, Dictionary<string, string> fields) =>
        await SubmitAsync(await ReadFormAsync(url, formName), fields);

    /// <summary>
    /// The form whose handler is <paramref name="formName"/> on <paramref name="url"/>, with what a browser would send
    /// from it as it stands: hidden fields (antiforgery token, version), text fields, selected options, ticked boxes.
    /// </summary>
    public async Task<PageForm> ReadFormAsync(string url, string formName)
    {
        var page = await GetAsync(url);
        var form = page.QuerySelectorAll("form").FirstOrDefault(f => f.QuerySelector($"input[name='_handler'][value='{formName}']") is not null)
            ?? throw new Xunit.Sdk.XunitException($"No form '{formName}' on {url}.");
        var values = new Dictionary<string, string>();
        foreach (var field in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = field.GetAttribute("name")!;
            var type = field.GetAttribute("type") ?? "text";
            if (type is "submit" or "button" || (type is "checkbox" or "radio" && !field.HasAttribute("checked")))
            {
                continue;
            }
            values[name] = field.LocalName switch
            {
                "textarea" => field.TextContent,
                "select" => (field.QuerySelector("option[selected]") ?? field.QuerySelector("option"))?.GetAttribute("value") ?? "",
                _ => field.GetAttribute("value") ?? "",
            };
        }
        return new PageForm(form.GetAttribute("action") is { Length: > 0 } action ? action : url, values);
    }

    public async Task<HttpResponseMessage> SubmitAsync(PageForm form, Dictionary<string, string> fields)
    {
        var values = new Dictionary<string, string>(form.Values);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }
        return await Http.PostAsync(form.Action, new FormUrlEncodedContent(values));
    }

    /// <summary>Posts the form of <paramref name="url"/> whose action is <paramref name="action"/> (the header's sign-out form).</summary>
    public async Task<HttpResponseMessage> PostFormToActionAsync(string url, string action)
    {
        var page = await GetAsync(url);
        var form = page.QuerySelector($"form[action='{action}']") ?? throw new Xunit.Sdk.XunitException($"No form posting to {action} on {url}.");
        var values = form.QuerySelectorAll("input[type='hidden']").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        return await Http.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>The path (and query) a redirect points to, whether the header is absolute or not.</summary>
    public static string PathOf(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new Xunit.Sdk.XunitException($"No Location header ({(int)response.StatusCode}).");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>Posts form fields without reading a page first (so without an antiforgery token unless given).</summary>
    public Task<HttpResponseMessage> PostRawAsync(string url, Dictionary<string, string> fields) => Http.PostAsync(url, new FormUrlEncodedContent(fields));

    public static async Task<IDocument> ReadAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}.\n{(body.Length > 3000 ? body[..3000] : body)}");
        return Html.Parse(body);
    }

    public void Dispose() => Http.Dispose();
}

/// <summary>A form as read from a page: where it posts and the values it would send.</summary>
public sealed record PageForm(string Action, IReadOnlyDictionary<string, string> Values);
