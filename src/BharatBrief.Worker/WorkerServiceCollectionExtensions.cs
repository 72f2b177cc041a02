using BharatBrief.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BharatBrief.Worker;

public static class WorkerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the ingestion runner, its options (section <see cref="IngestionWorkerOptions.Section"/>), the feeds'
    /// HTTP client, the consolidation lock for the store registered by <c>AddBharatBriefData</c>, and the run history.
    /// With <paramref name="hosted"/>, also the <see cref="IngestionWorker"/>, whose options are checked at start:
    /// a host with settings it cannot use does not start, and says what is wrong.
    /// </summary>
    public static IServiceCollection AddBharatBriefIngestion(this IServiceCollection services, IConfiguration configuration, bool hosted)
    {
        var options = services.AddOptions<IngestionWorkerOptions>().Bind(configuration.GetSection(IngestionWorkerOptions.Section));
        if (hosted)
        {
            options.ValidateOnStart();
            services.AddSingleton<IValidateOptions<IngestionWorkerOptions>, ProblemsValidation>();
            services.AddHostedService<IngestionWorker>();
        }
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<IngestionWorkerOptions>>().Value);
        services.AddHttpClient(IngestionRunner.HttpClientName, client => client.DefaultRequestHeaders.UserAgent.ParseAdd("BharatBrief-ingestion/1.0"));
        services.AddSingleton(provider => ConsolidationLock.For(provider.GetRequiredService<StoreLocation>()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddTransient<IngestionRunner>();
        services.AddTransient<IngestionRunHistory>();
        return services;
    }

    /// <summary>Says every problem of the settings in the start failure's message.</summary>
    private sealed class ProblemsValidation : IValidateOptions<IngestionWorkerOptions>
    {
        public ValidateOptionsResult Validate(string? name, IngestionWorkerOptions options) =>
            options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
