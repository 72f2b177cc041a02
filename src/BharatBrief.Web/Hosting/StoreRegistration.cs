using BharatBrief.Data;
using BharatBrief.Data.Search;
using BharatBrief.Data.Sharing;
using Microsoft.Extensions.Options;

namespace BharatBrief.Web.Hosting;

public static class StoreRegistration
{
    /// <summary>The setting that chooses the store's provider: <c>Sqlite</c> (the default) or <c>PostgreSql</c>.</summary>
    public const string ProviderSetting = "BharatBrief:Database:Provider";

    /// <summary>
    /// Registers the store (context factory, importer, search) on the SQLite file of <c>ConnectionStrings:BharatBrief</c>,
    /// else of <c>BharatBrief:Database</c> under the content root (default <c>App_Data/bharatbrief.db</c>); with
    /// <c>BharatBrief:Database:Provider</c> = <c>PostgreSql</c>, on the PostgreSQL database of <c>ConnectionStrings:BharatBrief</c>.
    /// </summary>
    public static WebApplicationBuilder AddBharatBriefStore(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>()
            .Bind(builder.Configuration.GetSection(SiteOptions.Section))
            .Validate(options => options.PublicBaseUrlProblem() is null, "BharatBrief:PublicBaseUrl must be an absolute http or https address without a query, such as https://bharatbrief.example.")
            .ValidateOnStart();
        var provider = Provider(builder.Configuration);
        var connection = new StoreConnection(provider == StoreProvider.PostgreSql ? PostgreSqlConnectionString(builder) : ConnectionString(builder), provider);
        builder.Services.AddSingleton(connection);
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<SiteOptions>>().Value);
        builder.Services.AddBharatBriefData(connection.Location);
        builder.Services.AddSharedState(connection.Location);
        builder.Services.AddSingleton<SearchCatalog>();
        builder.Services.AddTransient<SiteSearch>();
        return builder;
    }

    private static StoreProvider Provider(IConfiguration configuration) => configuration[ProviderSetting] switch
    {
        null or "" => StoreProvider.Sqlite,
        var given when Enum.TryParse<StoreProvider>(given, ignoreCase: true, out var provider) && Enum.IsDefined(provider) => provider,
        var given => throw new InvalidOperationException($"{ProviderSetting} must be Sqlite or PostgreSql; it is '{given}'."),
    };

    private static string PostgreSqlConnectionString(WebApplicationBuilder builder) =>
        builder.Configuration.GetConnectionString("BharatBrief") is { Length: > 0 } given
            ? given
            : throw new InvalidOperationException(
                $"{ProviderSetting} is PostgreSql: set ConnectionStrings:BharatBrief to the database, e.g. \"Host=db.example;Port=5432;Database=bharatbrief;Username=bharatbrief;Password=…\".");

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
