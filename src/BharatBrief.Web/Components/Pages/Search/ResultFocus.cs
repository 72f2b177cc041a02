using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace BharatBrief.Web.Components.Pages.Search;

/// <summary>
/// The search box and the result links in reading order, so that the arrow keys move focus through them: down from
/// the box to the first result, up from the first result back to the box.
/// </summary>
public sealed class ResultFocus
{
    /// <summary>Index of the search box; results count from 0.</summary>
    public const int Box = -1;

    /// <summary>The box and each result's link, by index, as rendered (filled by <c>@ref</c>).</summary>
    public Dictionary<int, ElementReference> Targets { get; } = [];

    /// <summary>How many results the page shows now; targets past it belong to an earlier render.</summary>
    public int Count { get; set; }

    public async Task KeyDownAsync(int from, KeyboardEventArgs key)
    {
        var to = key.Key switch
        {
            "ArrowDown" => from + 1,
            "ArrowUp" => from - 1,
            _ => (int?)null,
        };
        if (to is { } target && target >= Box && target < Count && Targets.TryGetValue(target, out var element))
        {
            await FocusAsync(element);
        }
    }

    /// <summary>Moves focus there if the page still can: focus is a convenience, never worth failing the search for.</summary>
    public static async Task FocusAsync(ElementReference element)
    {
        try
        {
            await element.FocusAsync();
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException)
        {
            // The element was replaced by a newer render, or the reader has gone.
        }
    }
}
