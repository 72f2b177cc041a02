using Microsoft.Playwright;

namespace BharatBrief.Browser.Tests;

/// <summary>What tests of pages with interactive islands share.</summary>
internal static class LiveIslands
{
    /// <summary>
    /// Brings an element of a live island into view. The island may render again just after it goes live (the
    /// timeline's markers load once its circuit starts), which detaches the element being scrolled to; the locator then
    /// finds the new one.
    /// </summary>
    public static async Task ScrollToAsync(ILocator locator)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await locator.ScrollIntoViewIfNeededAsync();
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                await Task.Delay(200);
            }
        }
    }
}
