namespace BharatBrief.Web.Hosting;

public static class ErrorPages
{
    /// <summary>
    /// A friendly page for failures that says nothing of their cause (the developer page in Development only), and a
    /// page for every error status without a body of its own (unknown paths, unknown slugs): the status stays.
    /// </summary>
    public static WebApplication UseReaderErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        // Only reads are answered with a page: re-executing a POST would reach the page as a form post, which it refuses.
        app.Use((context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } statusPages)
            {
                statusPages.Enabled = false;
            }
            return next(context);
        });
        return app;
    }
}
