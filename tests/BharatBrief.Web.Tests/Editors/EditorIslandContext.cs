using System.Security.Claims;
using System.Text;
using BharatBrief.Data;
using BharatBrief.Data.Accounts;
using BharatBrief.Data.Editing;
using BharatBrief.Web.Components.Pages.Editor;
using BharatBrief.Web.Security;
using BharatBrief.Web.Tests.Support;
using Bunit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.JSInterop;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>A copy of the seeded store for the editors' islands rendered alone.</summary>
public sealed class IslandStore : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var file = _folder.File("islands.db");
        await SeededStore.CopyToAsync(file);
        ConnectionString = BharatBriefDatabase.ConnectionStringFor(file);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// An editors' island rendered alone, as in a circuit: the site's services for it on a real store, the editor
/// policies, and a signed-in account the test can sign out or demote as the circuit's revalidation would.
/// </summary>
public abstract class EditorIslandContext : BunitContext
{
    protected EditorIslandContext(IslandStore store)
    {
        Services.AddBharatBriefData(store.ConnectionString);
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [LiveExtraction.PauseSetting] = "0" })
            .Build());
        Services.AddSingleton<LiveExtraction>();
        Services.AddSingleton<BriefSaveNotices>();
        Services.AddTransient<AutosavedDrafts>();
        Services.AddSingleton<AuthenticationStateProvider>(Account);
        Services.AddAuthorizationCore(EditorPolicies.Configure);
        // The real authorization over bUnit's stand-in, so that the islands check the site's own policies.
        Services.Replace(ServiceDescriptor.Transient<IAuthorizationService, DefaultAuthorizationService>());
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    /// <summary>The circuit's account, an editor until the test says otherwise.</summary>
    protected CircuitAccount Account { get; } = new("anna@example.org", EditorRoles.Editor);

    protected T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A saved brief, as another editor left it.</summary>
    protected async Task<int> CreateBriefAsync(string title, string body, string by = "boris@example.org")
    {
        var created = await Service<BriefService>().CreateAsync(new BriefDraft(title, body), by);
        Assert.Equal(BriefSaveStatus.Saved, created.Status);
        return created.Brief!.Id;
    }

    /// <summary>What the browser sends for a field's text: its UTF-8 bytes, read once.</summary>
    protected sealed class TextStream(string text) : IJSStreamReference
    {
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(text);

        public long Length => _bytes.Length;

        public ValueTask<Stream> OpenReadStreamAsync(long maxAllowedSize = 512000, CancellationToken cancellationToken = default) =>
            _bytes.Length > maxAllowedSize ? throw new InvalidOperationException("Too long") : ValueTask.FromResult<Stream>(new MemoryStream(_bytes));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>The account of a circuit, changed as <see cref="EditorRevalidation"/> changes it when a check fails.</summary>
public sealed class CircuitAccount : AuthenticationStateProvider
{
    private AuthenticationState _state;

    public CircuitAccount(string email, params string[] roles) => _state = StateOf(email, roles);

    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(_state);

    /// <summary>The account keeps its session but has <paramref name="roles"/> (none: no longer an editor).</summary>
    public void Demote(params string[] roles) => Set(StateOf(_state.User.Identity!.Name!, roles));

    /// <summary>What revalidation makes of a session that ended: nobody.</summary>
    public void SignOut() => Set(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity())));

    private void Set(AuthenticationState state)
    {
        _state = state;
        NotifyAuthenticationStateChanged(Task.FromResult(state));
    }

    private static AuthenticationState StateOf(string email, string[] roles) => new(new ClaimsPrincipal(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, email), .. roles.Select(role => new Claim(ClaimTypes.Role, role))], "test")));
}
