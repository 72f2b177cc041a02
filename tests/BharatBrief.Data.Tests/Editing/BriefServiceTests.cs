using BharatBrief.Data.Editing;
using BharatBrief.Data.Entities;
using BharatBrief.Ingestion.Records;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Tests.Editing;

/// <summary>Briefs through the real pipeline into a real store: publish, edit, unpublish, restore, conflicts.</summary>
public sealed class BriefServiceTests
{
    private static readonly BriefDraft ArcticBrief = new(
        "Modi and Putin to meet in Moscow",
        "Modi and Putin will meet in Moscow on 9 May 2026; the two sides are expected to sign an agreement on Arctic shipping.",
        new DateOnly(2026, 4, 20));

    [Fact]
    public async Task A_published_brief_joins_the_record_like_any_article()
    {
        await using var store = await EditingStore.WithSeedsAsync();
        var created = await store.Briefs.CreateAsync(ArcticBrief, "editor@example.org");

        var published = await store.Briefs.PublishAsync(created.Brief!.Id, ArcticBrief, created.Brief.Version, "editor@example.org");

        Assert.Equal(BriefSaveStatus.Saved, published.Status);
        var summit = await store.QueryAsync(db => db.Summits.SingleAsync(s => s.Start == "2026-05-09"));
        Assert.Equal((SummitStatus.Planned, "Moscow"), (summit.Status, summit.City!));
        Assert.True(await store.QueryAsync(db => db.Agreements.AnyAsync(a => a.Name.Contains("Arctic shipping"))));
        Assert.True(await store.QueryAsync(db => db.Articles.AnyAsync(a => a.BriefId == created.Brief.Id && a.SourceName == null)));
    }

    [Fact]
    public async Task Editing_a_published_brief_replaces_its_facts()
    {
        await using var store = await EditingStore.WithSeedsAsync();
        var created = await store.Briefs.CreateAsync(ArcticBrief, "editor@example.org");
        var published = await store.Briefs.PublishAsync(created.Brief!.Id, ArcticBrief, 1, "editor@example.org");

        var edited = ArcticBrief with { Body = "Modi and Putin will meet in Kazan on 10 May 2026 to discuss trade." };
        var saved = await store.Briefs.SaveAsync(created.Brief.Id, edited, published.Brief!.Version, "editor@example.org");

        Assert.Equal(BriefSaveStatus.Saved, saved.Status);
        Assert.False(await store.QueryAsync(db => db.Summits.AnyAsync(s => s.Start == "2026-05-09")));
        Assert.True(await store.QueryAsync(db => db.Summits.AnyAsync(s => s.Start == "2026-05-10" && s.City == "Kazan")));
        Assert.Equal(1, await store.QueryAsync(db => db.Articles.CountAsync(a => a.BriefId == created.Brief.Id)));
    }

    [Fact]
    public async Task Unpublishing_removes_the_facts_but_keeps_the_text()
    {
        await using var store = await EditingStore.WithSeedsAsync();
        var created = await store.Briefs.CreateAsync(ArcticBrief, "editor@example.org");
        var published = await store.Briefs.PublishAsync(created.Brief!.Id, ArcticBrief, 1, "editor@example.org");

        var unpublished = await store.Briefs.UnpublishAsync(created.Brief.Id, published.Brief!.Version, "admin@example.org");

        Assert.Equal(BriefState.Unpublished, unpublished.Brief!.State);
        Assert.False(await store.QueryAsync(db => db.Articles.AnyAsync(a => a.BriefId == created.Brief.Id)));
        Assert.False(await store.QueryAsync(db => db.Summits.AnyAsync(s => s.Start == "2026-05-09")));
        var brief = await store.Briefs.FindAsync(created.Brief.Id);
        Assert.Equal(ArcticBrief.Body, brief!.Body);
    }

    [Fact]
    public async Task The_second_of_two_editors_gets_a_conflict_and_neither_edit_is_lost()
    {
        await using var store = await EditingStore.WithSeedsAsync();
        var created = await store.Briefs.CreateAsync(ArcticBrief, "anna@example.org");
        var version = created.Brief!.Version;

        var first = await store.Briefs.SaveAsync(created.Brief.Id, ArcticBrief with { Title = "Anna's title" }, version, "anna@example.org");
        var second = await store.Briefs.SaveAsync(created.Brief.Id, ArcticBrief with { Body = ArcticBrief.Body + " Boris adds a line." }, version, "boris@example.org");

        Assert.Equal(BriefSaveStatus.Saved, first.Status);
        Assert.Equal(BriefSaveStatus.Conflict, second.Status);
        Assert.Equal([BriefRules.TitleField], second.ChangedFields);
        Assert.Contains("anna@example.org", second.Message, StringComparison.Ordinal);
        var brief = await store.Briefs.FindAsync(created.Brief.Id);
        Assert.Equal("Anna's title", brief!.Title);
        var kept = Assert.Single(brief.Revisions, revision => revision.Action == "conflict");
        Assert.Equal(("boris@example.org", ArcticBrief.Body + " Boris adds a line."), (kept.Author, kept.Body));
    }

    [Fact]
    public async Task Every_save_keeps_a_revision_and_an_earlier_one_can_be_restored()
    {
        await using var store = await EditingStore.WithSeedsAsync();
        var created = await store.Briefs.CreateAsync(ArcticBrief, "editor@example.org");
        var saved = await store.Briefs.SaveAsync(created.Brief!.Id, ArcticBrief with { Title = "A worse title" }, 1, "editor@example.org");

        var restored = await store.Briefs.RestoreAsync(created.Brief.Id, 1, saved.Brief!.Version, "editor@example.org");

        Assert.Equal(ArcticBrief.Title, restored.Brief!.Title);
        var brief = await store.Briefs.FindAsync(created.Brief.Id);
        Assert.Equal(["restored", "saved", "created"], brief!.Revisions.Select(revision => revision.Action));
        Assert.Equal([BriefRules.TitleField], brief.Revisions[0].ChangedFields);
    }

    [Theory]
    [InlineData("", "Some text about India and Russia.", null, BriefRules.TitleField)]
    [InlineData("Title", "Some text about India and Russia.", "javascript:alert(1)", BriefRules.SourceUrlField)]
    [InlineData("Title", "Some text about India and Russia.", "ftp://example.org/file", BriefRules.SourceUrlField)]
    public async Task A_draft_that_breaks_a_rule_is_refused_with_a_message_for_its_field(string title, string body, string? url, string field)
    {
        await using var store = await EditingStore.WithSeedsAsync();

        var result = await store.Briefs.CreateAsync(new BriefDraft(title, body, SourceUrl: url), "editor@example.org");

        Assert.Equal(BriefSaveStatus.Invalid, result.Status);
        Assert.True(result.Errors.ContainsKey(field));
    }

    [Fact]
    public void A_body_over_200_KB_and_a_date_more_than_a_year_ahead_are_refused()
    {
        var today = new DateOnly(2026, 11, 22);
        var errors = BriefRules.Check(new BriefDraft("Title", new string('x', 200 * 1024 + 1), today.AddYears(1).AddDays(1)), today);

        Assert.True(errors.ContainsKey(BriefRules.BodyField));
        Assert.True(errors.ContainsKey(BriefRules.PublishedOnField));
    }

    [Fact]
    public async Task A_brief_about_nothing_in_the_record_is_rejected_and_nothing_is_saved()
    {
        await using var store = await EditingStore.WithSeedsAsync();
        var weather = new BriefDraft("Weather", "It will rain in Paris tomorrow.");
        var created = await store.Briefs.CreateAsync(weather, "editor@example.org");

        var result = await store.Briefs.PublishAsync(created.Brief!.Id, weather, 1, "editor@example.org");

        Assert.Equal(BriefSaveStatus.Rejected, result.Status);
        Assert.Contains("India and Russia", result.Message, StringComparison.Ordinal);
        var brief = await store.Briefs.FindAsync(created.Brief.Id);
        Assert.Equal((BriefState.Draft, 1), (brief!.State, brief.Version));
    }
}
