using BharatBrief.Data.Editing;
using BharatBrief.Web.Components.Pages.Editor;
using Bunit;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>An open brief page is told of another editor's save at once, while its editor is still typing.</summary>
public sealed class SavedMeanwhileNoticeTests(IslandStore store) : EditorIslandContext(store), IClassFixture<IslandStore>
{
    private IRenderedComponent<SavedMeanwhileNotice> RenderNotice(int briefId, int version) =>
        Render<SavedMeanwhileNotice>(parameters => parameters.Add(p => p.BriefId, briefId).Add(p => p.Version, version));

    private async Task<BriefSaved> BorisSavesAsync(int id, int version, string title, string body)
    {
        var saved = await Service<BriefService>().SaveAsync(id, new BriefDraft(title, body), version, "boris@example.org");
        Assert.Equal(BriefSaveStatus.Saved, saved.Status);
        var told = new BriefSaved(id, saved.Brief!.Version, "boris@example.org", saved.Brief.UpdatedAt, "saved");
        Service<BriefSaveNotices>().Tell(told);
        return told;
    }

    [Fact]
    public async Task Another_editor_s_save_is_told_at_once_with_their_version_to_see()
    {
        var id = await CreateBriefAsync("First title", "First text.");
        var notice = RenderNotice(id, version: 1);
        Assert.Equal(1, Service<BriefSaveNotices>().Listening(id));
        Assert.Empty(notice.FindAll(".saved-meanwhile"));

        await BorisSavesAsync(id, 1, "Boris's title", "Boris's text.");

        notice.WaitForAssertion(() => Assert.Equal("Another editor saved this brief", notice.Find("[role='alert'] .saved-meanwhile h2").TextContent));
        var text = notice.Find(".saved-meanwhile").TextContent;
        Assert.Contains("boris@example.org saved version 2", text);
        Assert.Contains("your form is still at version 1", text);
        Assert.Equal($"/editor/briefs/{id}", notice.Find(".saved-meanwhile a").GetAttribute("href"));

        await notice.Find("button.show-theirs").ClickAsync(new());

        notice.WaitForAssertion(() => Assert.Equal("Boris's title", notice.Find(".their-title").TextContent));
        Assert.Equal("Boris's text.", notice.Find(".their-body").TextContent);
    }

    [Fact]
    public async Task A_save_made_before_the_island_started_is_told_when_it_starts()
    {
        var id = await CreateBriefAsync("Title", "Text.");
        await BorisSavesAsync(id, 1, "Saved before", "Text.");

        var notice = RenderNotice(id, version: 1);

        notice.WaitForAssertion(() => Assert.Contains("saved version 2", notice.Find(".saved-meanwhile").TextContent));
    }

    [Fact]
    public async Task Saves_of_other_briefs_and_versions_the_form_already_has_are_no_news()
    {
        var id = await CreateBriefAsync("Mine", "Text.");
        var other = await CreateBriefAsync("Another", "Text.");
        var notice = RenderNotice(id, version: 1);

        await BorisSavesAsync(other, 1, "Another, saved", "Text.");
        Service<BriefSaveNotices>().Tell(new BriefSaved(id, 1, "boris@example.org", DateTime.UtcNow, "saved"));

        await Task.Delay(200);
        Assert.Empty(notice.FindAll(".saved-meanwhile"));
    }

    [Fact]
    public async Task The_editor_s_own_save_in_another_window_is_told_as_theirs()
    {
        var id = await CreateBriefAsync("Mine", "Text.");
        var notice = RenderNotice(id, version: 1);

        Service<BriefSaveNotices>().Tell(new BriefSaved(id, 2, "anna@example.org", DateTime.UtcNow, "published"));

        notice.WaitForAssertion(() => Assert.Equal("You saved this brief in another window", notice.Find(".saved-meanwhile h2").TextContent));
        Assert.Contains("published it as version 2", notice.Find(".saved-meanwhile").TextContent);
    }

    [Fact]
    public async Task A_demoted_editor_hears_nothing_more_and_is_asked_to_sign_in_again()
    {
        var id = await CreateBriefAsync("Title", "Text.");
        var notice = RenderNotice(id, version: 1);

        await notice.InvokeAsync(() => Account.Demote());

        notice.WaitForAssertion(() => Assert.Single(notice.FindAll(".session-ended[role='alert']")));
        Assert.Equal(0, Service<BriefSaveNotices>().Listening(id));
        await BorisSavesAsync(id, 1, "After the demotion", "Text.");
        await Task.Delay(200);
        Assert.Empty(notice.FindAll(".saved-meanwhile"));
    }

    [Fact]
    public async Task On_a_brief_not_yet_created_it_listens_to_nothing_but_still_tells_of_an_ended_session()
    {
        var notice = Render<SavedMeanwhileNotice>(parameters => parameters.Add(p => p.BriefId, null).Add(p => p.Version, 0));
        Assert.Empty(notice.FindAll(".saved-meanwhile, .session-ended"));

        await notice.InvokeAsync(() => Account.SignOut());

        notice.WaitForAssertion(() => Assert.Contains("Sign in again", notice.Find(".session-ended[role='alert']").TextContent));
    }

    [Fact]
    public async Task A_closed_page_stops_listening()
    {
        var id = await CreateBriefAsync("Title", "Text.");
        RenderNotice(id, version: 1);
        Assert.Equal(1, Service<BriefSaveNotices>().Listening(id));

        await DisposeComponentsAsync();

        Assert.Equal(0, Service<BriefSaveNotices>().Listening(id));
    }
}
