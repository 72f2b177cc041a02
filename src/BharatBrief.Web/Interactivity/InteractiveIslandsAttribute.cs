namespace BharatBrief.Web.Interactivity;

/// <summary>
/// Marks a page that holds interactive Server components. Only such a page loads the framework's script and the
/// reconnect notice (<c>App.razor</c>), and the reader cache never keeps it: the prerendered island carries a component
/// descriptor that is data-protected, expires after five minutes and is meant for one reader's circuit, so a stored
/// copy would hand every later reader an island that cannot start (docs/web.md, "Interactive islands").
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class InteractiveIslandsAttribute : Attribute
{
    public static bool IsOn(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<InteractiveIslandsAttribute>() is not null;
}
