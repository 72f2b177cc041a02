using BharatBrief.Data;
using BharatBrief.Data.Search;
using Microsoft.Extensions.Options;

namespace BharatBrief.Web.Hosting;

public static class StoreRegistration
{
    /// <summary>
    /// Registers the store (context factory, importer, search) on the SQLite file of <c>ConnectionStrings:BharatBrief</c>,
    /// else of <c>BharatBrief:Database</c> under the content root (default <c>App_Data/bharatbrief.db</c>).
    /// </summary>
    public static WebApplicationBuilder AddBharatBriefStore(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>()
            .Bind(builder.Configuration.GetSection(SiteOptions.Section))
            .Validate(options => options.PublicBaseUrlProblem() is null, "BharatBrief:PublicBaseUrl must be an absolute http or https address without a query, such as https://bharatbrief.example.")
            .ValidateOnStart();
        var connection = new StoreConnection(ConnectionString(builder));
        builder.Services.AddSingleton(connection);
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<SiteOptions>>().Value);
        builder.Services.AddBharatBriefData(connection.ConnectionString);
        builder.Services.AddSingleton<SearchCatalog>();
        builder.Services.AddTransient<SiteSearch>();
        return builder;
    }

    private static string ConnectionString(WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetConnectionString("BharatBrief") is { Length: > 0 } given)
        {
            return given;
        }
        var path = builder.Configuration.GetSection(SiteOptions.Section).Get<SiteOptions>()?.Database ?? new SiteOptions().Database;
        var file = Path.GetFullPath(path, builder.Environment.ContentRootPath);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return BharatBriefDatabase.ConnectionStringFor(file);
    }
}
