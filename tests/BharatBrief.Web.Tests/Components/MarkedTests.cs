using BharatBrief.Web.Components.Shared;
using BharatBrief.Web.Tests.Support;

namespace BharatBrief.Web.Tests.Components;

public sealed class MarkedTests
{
    [Fact]
    public async Task Matched_words_are_marked_and_the_rest_is_plain_text()
    {
        var page = await ComponentRenderer.RenderAsync<Marked>(new() { ["Text"] = "…after the ⟦S-400⟧ missile deal and ⟦S-400⟧ deliveries…" });

        Assert.Equal(["S-400", "S-400"], page.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Equal("…after the S-400 missile deal and S-400 deliveries…", page.Body!.TextContent);
    }

    [Fact]
    public async Task Markup_in_a_snippet_stays_text()
    {
        var page = await ComponentRenderer.RenderAsync<Marked>(new() { ["Text"] = "<script>alert(1)</script> ⟦oil⟧ <b>bold</b>" });

        Assert.Empty(page.QuerySelectorAll("script, b"));
        Assert.Single(page.QuerySelectorAll("mark"));
        Assert.Contains("<script>alert(1)</script>", page.Body!.TextContent);
    }

    [Fact]
    public async Task An_unclosed_mark_runs_to_the_end()
    {
        var page = await ComponentRenderer.RenderAsync<Marked>(new() { ["Text"] = "words ⟦cut off" });

        Assert.Equal("cut off", page.One("mark").TextContent);
    }
}
