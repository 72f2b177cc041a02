namespace BharatBrief.Browser.Tests;

/// <summary>The widths readers come with: a phone and a desktop.</summary>
public static class Viewports
{
    public static TheoryData<string, int, int> All() => new()
    {
        { "phone", 390, 844 },
        { "desktop", 1280, 800 },
    };
}
