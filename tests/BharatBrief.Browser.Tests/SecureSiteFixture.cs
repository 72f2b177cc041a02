namespace BharatBrief.Browser.Tests;

/// <summary>The site over https on a store of its own, for the editors' flow (Secure cookies are only sent over https).</summary>
public sealed class SecureSiteFixture : IAsyncLifetime
{
    public SiteServer Site { get; } = new(https: true);

    public Task InitializeAsync()
    {
        Site.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();
}
