using BharatBrief.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace BharatBrief.Web.Components.Pages.Editor;

/// <summary>
/// An interactive island of the editors' pages. It works only while its circuit's account may edit: the account is
/// read when the island starts and again before every use, and the circuit's revalidation
/// (<see cref="EditorRevalidation"/>) turns a signed-out or demoted account anonymous, upon which the island stops and
/// shows <see cref="SessionEndedNotice"/> instead.
/// </summary>
public abstract class EditorIsland : ComponentBase, IAsyncDisposable
{
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject] private IAuthorizationService Authorization { get; set; } = default!;

    /// <summary>True once the account may no longer edit (or never could in this circuit).</summary>
    protected bool SessionEnded { get; private set; }

    /// <summary>The editor's user name while they may edit, else null.</summary>
    protected string? Editor { get; private set; }

    protected override async Task OnInitializedAsync()
    {
        Authentication.AuthenticationStateChanged += AccountChanged;
        await CheckAsync(Authentication.GetAuthenticationStateAsync());
        if (!SessionEnded)
        {
            await OnEditorReadyAsync();
        }
    }

    /// <summary>Called once the island knows its editor may edit.</summary>
    protected virtual Task OnEditorReadyAsync() => Task.CompletedTask;

    /// <summary>Called once when the account may no longer edit: stop listening, stop saving.</summary>
    protected virtual Task OnSessionEndedAsync() => Task.CompletedTask;

    /// <summary>The editor, asked afresh (for every message from the page), or null when the session has ended.</summary>
    protected async Task<string?> CurrentEditorAsync()
    {
        await CheckAsync(Authentication.GetAuthenticationStateAsync());
        return Editor;
    }

    private void AccountChanged(Task<AuthenticationState> state) => _ = InvokeAsync(async () =>
    {
        await CheckAsync(state);
        StateHasChanged();
    });

    private async Task CheckAsync(Task<AuthenticationState> state)
    {
        if (SessionEnded)
        {
            return;
        }
        var user = (await state).User;
        if (user.Identity?.IsAuthenticated == true && (await Authorization.AuthorizeAsync(user, EditorPolicies.Editor)).Succeeded)
        {
            Editor = user.Identity.Name;
            return;
        }
        Editor = null;
        SessionEnded = true;
        await OnSessionEndedAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Authentication.AuthenticationStateChanged -= AccountChanged;
        await DisposeIslandAsync();
        GC.SuppressFinalize(this);
    }

    protected virtual ValueTask DisposeIslandAsync() => ValueTask.CompletedTask;
}
