using System.Text;
using BharatBrief.Data.Editing;
using BharatBrief.Web.Components.Pages.Editor;
using Bunit;
using Microsoft.JSInterop;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>The editor's live preview, fed as the page's module feeds it: the title as text, the Markdown as a stream.</summary>
public sealed class LiveBriefPreviewTests : BunitContext
{
    private const string Module = "./Components/Pages/Editor/LiveBriefPreview.razor.js";

    private readonly BunitJSModuleInterop _module;

    public LiveBriefPreviewTests()
    {
        _module = JSInterop.SetupModule(Module);
        _module.SetupVoid("follow", _ => true).SetVoidResult();
    }

    [Fact]
    public async Task The_preview_follows_the_fields_it_is_given_and_renders_the_Markdown_as_the_site_does()
    {
        var preview = Render<LiveBriefPreview>(parameters => parameters.Add(p => p.TitleField, "brief-title").Add(p => p.BodyField, "brief-body"));

        var follow = _module.VerifyInvoke("follow");
        Assert.Equal(["brief-title", "brief-body"], follow.Arguments.Take(2));
        Assert.Empty(preview.FindAll("section"));

        await preview.InvokeAsync(() => preview.Instance.ShowAsync("Modi in Moscow", new TextStream("Leaders **met** in [Moscow](https://example.org/moscow).")));

        Assert.Equal("Modi in Moscow", preview.Find("section.live-preview article h3").TextContent);
        Assert.Equal("met", preview.Find("article strong").TextContent);
        Assert.Equal("https://example.org/moscow", preview.Find("article a").GetAttribute("href"));

        // The page sends an emptied field as nothing at all.
        await preview.InvokeAsync(() => preview.Instance.ShowAsync("", null));

        Assert.Empty(preview.FindAll("article p"));
    }

    [Fact]
    public async Task Hostile_Markdown_is_shown_as_safely_as_on_the_site()
    {
        var preview = Render<LiveBriefPreview>(parameters => parameters.Add(p => p.TitleField, "t").Add(p => p.BodyField, "b"));

        await preview.InvokeAsync(() => preview.Instance.ShowAsync(
            "<script>alert(1)</script>",
            new TextStream("<script>alert(2)</script> [click](javascript:alert(3)) <img src=x onerror=alert(4)>")));

        Assert.Empty(preview.FindAll("script, img, [onerror]"));
        Assert.DoesNotContain(preview.FindAll("a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("<script>alert(1)</script>", preview.Find("article h3").TextContent);
    }

    [Fact]
    public async Task A_text_longer_than_a_brief_may_be_is_not_read()
    {
        var preview = Render<LiveBriefPreview>(parameters => parameters.Add(p => p.TitleField, "t").Add(p => p.BodyField, "b"));

        await preview.InvokeAsync(() => preview.Instance.ShowAsync("Long", new TextStream(new string('a', BriefRules.MaxBodyBytes + 1))));

        Assert.Contains("longer than 200 KB", preview.Find(".live-preview .form-error").TextContent);
        Assert.Empty(preview.FindAll("article"));
    }

    /// <summary>What the browser sends for a field's text: its UTF-8 bytes, read once.</summary>
    private sealed class TextStream(string text) : IJSStreamReference
    {
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(text);

        public long Length => _bytes.Length;

        public ValueTask<Stream> OpenReadStreamAsync(long maxAllowedSize = 512000, CancellationToken cancellationToken = default) =>
            _bytes.Length > maxAllowedSize ? throw new InvalidOperationException("Too long") : ValueTask.FromResult<Stream>(new MemoryStream(_bytes));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
