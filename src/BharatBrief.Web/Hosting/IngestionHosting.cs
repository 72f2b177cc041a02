using BharatBrief.Worker;

namespace BharatBrief.Web.Hosting;

public static class IngestionHosting
{
    /// <summary>
    /// The ingestion worker's runs for the editors' desk, and, with <c>BharatBrief:Ingestion:Worker:Enabled</c> (off by
    /// default), the worker itself inside the site: the single-machine deployment, with no process of its own.
    /// </summary>
    public static WebApplicationBuilder AddIngestionWorker(this WebApplicationBuilder builder)
    {
        var enabled = builder.Configuration.GetValue<bool>($"{IngestionWorkerOptions.Section}:{nameof(IngestionWorkerOptions.Enabled)}");
        builder.Services.AddBharatBriefIngestion(builder.Configuration, hosted: enabled);
        return builder;
    }
}
