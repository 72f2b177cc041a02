using BharatBrief.Data.Accounts;
using BharatBrief.Data.Editing;
using BharatBrief.Web.Components.Pages.Editor;
using Bunit;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>
/// The editor's live preview, fed as the page's module feeds it (the title and date as text, the Markdown as a
/// stream), with the pipeline that the Preview button runs.
/// </summary>
public sealed class LiveBriefPreviewTests : EditorIslandContext, IClassFixture<IslandStore>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private const string Module = "./Components/Pages/Editor/LiveBriefPreview.razor.js";

    private readonly BunitJSModuleInterop _module;

    public LiveBriefPreviewTests(IslandStore store)
        : base(store)
    {
        _module = JSInterop.SetupModule(Module);
        _module.SetupVoid("follow", _ => true).SetVoidResult();
    }

    private IRenderedComponent<LiveBriefPreview> RenderPreview() => Render<LiveBriefPreview>(parameters => parameters
        .Add(p => p.TitleField, "brief-title").Add(p => p.BodyField, "brief-body").Add(p => p.PublishedOnField, "brief-published"));

    [Fact]
    public async Task The_preview_follows_the_fields_it_is_given_and_renders_the_Markdown_as_the_site_does()
    {
        var preview = RenderPreview();

        var follow = _module.VerifyInvoke("follow");
        Assert.Equal(["brief-title", "brief-body", "brief-published"], follow.Arguments.Take(3));
        Assert.Empty(preview.FindAll("section"));

        await preview.InvokeAsync(() => preview.Instance.ShowAsync("Modi in Moscow", null, new TextStream("Leaders **met** in [Moscow](https://example.org/moscow).")));

        Assert.Equal("Modi in Moscow", preview.Find("section.live-preview article h3").TextContent);
        Assert.Equal("met", preview.Find("article strong").TextContent);
        Assert.Equal("https://example.org/moscow", preview.Find("article a").GetAttribute("href"));

        // The page sends an emptied field as nothing at all.
        await preview.InvokeAsync(() => preview.Instance.ShowAsync("", null, null));

        Assert.Empty(preview.FindAll("article p"));
        Assert.Contains("Write the brief", preview.Find(".live-extraction [role='status']").TextContent);
    }

    [Fact]
    public async Task The_preview_shows_what_publishing_would_add_as_the_pipeline_reads_the_draft()
    {
        var preview = RenderPreview();

        await preview.InvokeAsync(() => preview.Instance.ShowAsync(Briefs.ArcticTitle, "2026-04-20", new TextStream(Briefs.ArcticBodyWithThemes)));

        // Read as of the published date: the meeting is still to come.
        preview.WaitForAssertion(() =>
        {
            var summit = Assert.Single(preview.FindAll(".live-extraction .extracted.summits li"));
            Assert.Contains("Planned", summit.TextContent);
            Assert.Contains("Moscow", summit.TextContent);
            Assert.Contains("9 May 2026", summit.TextContent);
        }, Patience);
        Assert.Contains(preview.FindAll(".live-extraction .extracted.agreements li"), agreement => agreement.TextContent.Contains("Arctic shipping"));
        Assert.NotEmpty(preview.FindAll(".live-extraction .extracted.themes li"));
        Assert.Equal("As the pipeline reads your text now.", preview.Find(".live-extraction [role='status']").TextContent);

        // A text about something else is read again: the pipeline would refuse it, and the list follows.
        await preview.InvokeAsync(() => preview.Instance.ShowAsync("Weather", "2026-04-20", new TextStream("It rained in Paris on Tuesday.")));

        preview.WaitForAssertion(() => Assert.Contains("finds nothing about India and Russia", preview.Find(".live-extraction").TextContent), Patience);
        Assert.Empty(preview.FindAll(".live-extraction .extracted.summits li"));
    }

    [Fact]
    public async Task A_brief_of_the_largest_size_is_read_within_a_few_seconds()
    {
        var preview = RenderPreview();
        var paragraphs = new System.Text.StringBuilder();
        while (paragraphs.Length < BriefRules.MaxBodyBytes - Briefs.ArcticBodyWithThemes.Length - 2)
        {
            paragraphs.Append(Briefs.ArcticBodyWithThemes).Append("\n\n");
        }
        var started = System.Diagnostics.Stopwatch.StartNew();

        await preview.InvokeAsync(() => preview.Instance.ShowAsync(Briefs.ArcticTitle, "2026-04-20", new TextStream(paragraphs.ToString())));

        preview.WaitForAssertion(() => Assert.NotEmpty(preview.FindAll(".live-extraction .extracted.summits li")), Patience);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(15), $"Reading a {paragraphs.Length / 1024} KB brief took {started.Elapsed}.");
    }

    [Fact]
    public async Task Hostile_Markdown_is_shown_as_safely_as_on_the_site()
    {
        var preview = RenderPreview();

        await preview.InvokeAsync(() => preview.Instance.ShowAsync(
            "<script>alert(1)</script>",
            null,
            new TextStream("<script>alert(2)</script> [click](javascript:alert(3)) <img src=x onerror=alert(4)>")));

        Assert.Empty(preview.FindAll("script, img, [onerror]"));
        Assert.DoesNotContain(preview.FindAll("a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("<script>alert(1)</script>", preview.Find("article h3").TextContent);
    }

    [Fact]
    public async Task A_text_longer_than_a_brief_may_be_is_not_read()
    {
        var preview = RenderPreview();

        await preview.InvokeAsync(() => preview.Instance.ShowAsync("Long", null, new TextStream(new string('a', BriefRules.MaxBodyBytes + 1))));

        Assert.Contains("longer than 200 KB", preview.Find(".live-preview .form-error").TextContent);
        Assert.Empty(preview.FindAll("article"));
        Assert.Empty(preview.FindAll(".extracted"));
    }

    [Fact]
    public async Task A_demoted_editor_s_preview_stops_and_asks_them_to_sign_in_again()
    {
        var preview = RenderPreview();
        await preview.InvokeAsync(() => preview.Instance.ShowAsync("Modi in Moscow", null, new TextStream("Leaders met.")));
        Assert.Single(preview.FindAll("article"));

        await preview.InvokeAsync(() => Account.Demote());

        preview.WaitForAssertion(() => Assert.Contains("Sign in again", preview.Find(".session-ended").TextContent));
        // The notice at the top of the page is the one announced.
        Assert.False(preview.Find(".session-ended").HasAttribute("role"));
        Assert.StartsWith("/account/sign-in?ReturnUrl=", preview.Find(".session-ended a").GetAttribute("href"));
        Assert.Empty(preview.FindAll("article"));

        // What the page sends afterwards is not read.
        await preview.InvokeAsync(() => preview.Instance.ShowAsync("Still typing", null, new TextStream("More text.")));
        Assert.Empty(preview.FindAll("article"));
    }

    [Fact]
    public async Task A_signed_out_editor_s_preview_stops()
    {
        var preview = RenderPreview();

        await preview.InvokeAsync(() => Account.SignOut());

        preview.WaitForAssertion(() => Assert.Single(preview.FindAll(".session-ended")));
        await preview.InvokeAsync(() => preview.Instance.ShowAsync("Still typing", null, new TextStream("More text.")));
        Assert.Empty(preview.FindAll("article"));
    }
}
