using BharatBrief.Data.Editing;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Web.Components.Pages.Editor;

/// <summary>
/// Runs the pipeline on briefs as editors type (what the Preview button runs, <see cref="BriefService.Preview"/>),
/// bounded: each open preview waits for a pause in the typing (<see cref="Pause"/>) and reads one text at a time, the
/// newest, and across the process at most <see cref="Readers"/> texts are read at once, so that editors typing
/// 200 KB briefs cost the site's two cores at most one, and readers' pages keep the other.
/// </summary>
public sealed class LiveExtraction(IServiceScopeFactory scopes, IConfiguration configuration)
{
    public const string PauseSetting = "BharatBrief:Editors:LiveExtractionPauseMilliseconds";

    public static readonly int Readers = Math.Max(1, Environment.ProcessorCount / 2);

    private readonly SemaphoreSlim _readers = new(Readers, Readers);

    /// <summary>How long the typing must pause before the pipeline reads the text (a second unless configured).</summary>
    public TimeSpan Pause { get; } = TimeSpan.FromMilliseconds(Math.Max(0, configuration.GetValue(PauseSetting, 1000)));

    public async Task<ParsedArticle> ReadAsync(BriefDraft draft, CancellationToken cancellationToken)
    {
        await _readers.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var briefs = scope.ServiceProvider.GetRequiredService<BriefService>();
            return await Task.Run(() => briefs.Preview(draft), cancellationToken);
        }
        finally
        {
            _readers.Release();
        }
    }
}
