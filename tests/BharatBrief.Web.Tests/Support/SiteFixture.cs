namespace BharatBrief.Web.Tests.Support;

/// <summary>One running site per test class, on its own copy of the seeded store.</summary>
public class SiteFixture : IAsyncLifetime
{
    public SiteFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        await SeededStore.CopyToAsync(Factory.DatabasePath);
        Client = Factory.CreateClient(new() { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
