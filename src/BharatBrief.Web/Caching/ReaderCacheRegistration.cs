using BharatBrief.Web.Hosting;

namespace BharatBrief.Web.Caching;

public static class ReaderCacheRegistration
{
    /// <summary>
    /// The output cache with the reader policy, the <see cref="ReaderCache"/> that clears it, the watcher of other
    /// processes' changes, and response compression, which sits inside the cache: a page is compressed once, when it is
    /// rendered, and served compressed from memory after that.
    /// </summary>
    public static WebApplicationBuilder AddReaderCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(options =>
        {
            // Reader pages carry no secret a reader did not send (no tokens, no personal data), so compressing them over HTTPS is
            // safe; the editors' pages, which do, are left uncompressed (Security/EditorAwareCompression).
            options.EnableForHttps = true;
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            options.MimeTypes = [.. Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes,
                "application/atom+xml", "text/calendar", "text/csv", "application/problem+json"];
        });
        var settings = builder.Configuration.GetSection(SiteOptions.Section).Get<SiteOptions>()?.Cache ?? new SiteOptions.CacheSettings();
        builder.Services.AddSingleton<StoreGeneration>();
        builder.Services.AddSingleton<ReaderCache>();
        builder.Services.AddOutputCache();
        builder.Services.AddOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>()
            .Configure<StoreGeneration>((options, generation) =>
            {
                options.SizeLimit = settings.SizeLimitMegabytes * 1024L * 1024L;
                options.AddPolicy(ReaderCache.PolicyName, new ReaderCachePolicy(generation, TimeSpan.FromMinutes(settings.ExpireMinutes)));
            });
        builder.Services.AddHostedService<StoreChangeWatcher>();
        KeepFingerprintedAssets(builder);
        return builder;
    }

    /// <summary>
    /// Fingerprinted assets (<c>site.e7infzbjoo.css</c>) change address when they change, so browsers may keep them a year
    /// (<c>max-age=31536000, immutable</c>, from the assets' manifest). Served from a build rather than a publish, the
    /// framework watches wwwroot for edits and marks every asset <c>no-cache</c>; that is for Development only, unless
    /// <c>ReloadStaticAssetsAtRuntime</c> says otherwise.
    /// </summary>
    private static void KeepFingerprintedAssets(WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment() && builder.Configuration[ReloadAssetsSetting] is null)
        {
            builder.Configuration[ReloadAssetsSetting] = "false";
        }
    }

    private const string ReloadAssetsSetting = "ReloadStaticAssetsAtRuntime";
}
