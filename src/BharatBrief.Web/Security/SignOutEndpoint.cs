using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace BharatBrief.Web.Security;

public static class SignOutEndpoint
{
    /// <summary>
    /// <c>POST /account/sign-out</c>, from the form in the header: checks the form's antiforgery token (a page on another
    /// site cannot sign an editor out), ends the session and goes to the sign-in page.
    /// </summary>
    public static WebApplication MapSignOut(this WebApplication app)
    {
        app.MapPost("/account/sign-out", async (HttpContext context, IAntiforgery antiforgery, SignInManager<IdentityUser> signIn, ILoggerFactory loggers) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }
            var email = context.User.Identity?.Name;
            await signIn.SignOutAsync();
            if (email is not null)
            {
                AccountLog.SignedOut(loggers.CreateLogger("BharatBrief.Web.Accounts"), email);
            }
            return Results.LocalRedirect("/account/sign-in?signedOut=true");
        }).ExcludeFromDescription();
        return app;
    }
}
