using BharatBrief.Data;
using BharatBrief.Data.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BharatBrief.Web.Security;

public static class EditorAccounts
{
    public const string CookieName = ".BharatBrief.Editor";
    public const string AntiforgeryCookieName = ".BharatBrief.Form";

    /// <summary>How long a session lasts without a request (sliding).</summary>
    public static readonly TimeSpan SessionLength = TimeSpan.FromHours(8);

    /// <summary>
    /// Editors' accounts in the store (Identity, the command line's rules of <see cref="AccountPolicies"/>), signed in
    /// with a cookie that is HttpOnly, SameSite=Lax and Secure (outside Development, whose `dotnet run` serves plain
    /// http on localhost), the editor and admin policies, and a rate limit on sign-in attempts. There is no sign-up.
    /// </summary>
    public static WebApplicationBuilder AddEditorAccounts(this WebApplicationBuilder builder)
    {
        var secure = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        var services = builder.Services;
        services.AddBharatBriefStoreContext();
        services.AddIdentity<IdentityUser, IdentityRole>(AccountPolicies.Configure)
            .AddAccountRules()
            .AddEntityFrameworkStores<BharatBriefDbContext>();
        services.AddScoped<UserAccounts>();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = secure;
            cookie.LoginPath = "/account/sign-in";
            cookie.LogoutPath = "/account/sign-out";
            cookie.ExpireTimeSpan = SessionLength;
            cookie.SlidingExpiration = true;
            // A signed-in editor without the role gets a 403 page where they are, not a redirect.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // Sessions live on the server; the cookie holds a key into them, so signing out ends the session for every copy.
        services.AddSingleton<EditorSessions>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<EditorSessions>((cookie, sessions) => cookie.SessionStore = sessions);
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<EditorSignIn>();
        // A role an admin changes reaches the editor's cookie within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        // An open circuit sends no cookie: its account is checked on the server at an interval instead.
        services.AddScoped<EditorSessionCheck>();
        services.AddScoped<AuthenticationStateProvider, EditorRevalidation>();
        services.AddAuthorization(EditorPolicies.Configure);
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = AntiforgeryCookieName;
            antiforgery.Cookie.SecurePolicy = secure;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });
        var permits = builder.Configuration.GetValue(SignInRateLimit.Setting, 10);
        services.AddRateLimiter(options => SignInRateLimit.Configure(options, permits));
        services.Replace(ServiceDescriptor.Singleton<IResponseCompressionProvider, EditorAwareCompression>());
        return builder;
    }

    /// <summary>Who is signed in and what they may open; the sign-in rate limit; editors' responses never stored.</summary>
    public static WebApplication UseEditorAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.Use((context, next) =>
        {
            if (EditorArea.Covers(context))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = "no-store";
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
        return app;
    }
}
