using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BharatBrief.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Tests.Api;

public sealed class ApiTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task Summits_are_listed_in_time_order_with_slugs_and_dates_at_their_precision()
    {
        var count = await site.Factory.ReadAsync(db => db.Summits.CountAsync());

        var list = await site.Client.GetFromJsonAsync<JsonElement>("/api/summits");

        Assert.Equal(count, list.GetProperty("total").GetInt32());
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(count, items.Count);
        Assert.All(items, item => Assert.Matches("^(annual-summit|state-visit|informal-summit|multilateral|phone-call|meeting)$", item.GetProperty("kind").GetString()));
        var dated = items.Where(i => i.GetProperty("date").ValueKind == JsonValueKind.Object).Select(i => i.GetProperty("date").GetProperty("iso").GetString()!).ToList();
        Assert.Equal(dated.Order(StringComparer.Ordinal), dated);
    }

    [Fact]
    public async Task A_summit_comes_with_its_sources_quotes_links_and_conflicts()
    {
        var summits = await site.Factory.ReadAsync(db => db.Summits.Select(s => new { s.Slug, s.Conflicts }).ToListAsync());
        var slug = summits.First(s => s.Conflicts.Count > 0).Slug;

        var summit = await site.Client.GetFromJsonAsync<JsonElement>($"/api/summits/{slug}");

        Assert.Equal(slug, summit.GetProperty("slug").GetString());
        var quote = summit.GetProperty("sources")[0].GetProperty("quotes")[0];
        Assert.Matches(@"^/articles/[a-z0-9-]+#s-\d+$", quote.GetProperty("url").GetString());
        Assert.NotEmpty(summit.GetProperty("conflicts")[0].GetProperty("claims").EnumerateArray());
    }

    [Fact]
    public async Task A_source_without_a_known_original_has_no_attribution_and_no_file_name()
    {
        var summits = await site.Factory.ReadAsync(db => db.Summits.OrderByDescending(s => s.Mentions.Count).Select(s => s.Slug).FirstAsync());
        var files = await site.Factory.ReadAsync(db => db.Articles.Where(a => a.SourceName != null).Select(a => a.SourceName!).ToListAsync());

        var json = await site.Client.GetStringAsync($"/api/summits/{summits}");

        var sources = JsonDocument.Parse(json).RootElement.GetProperty("sources").EnumerateArray().ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.False(source.TryGetProperty("file", out _)));
        Assert.All(sources, source => Assert.Equal(JsonValueKind.Null, source.GetProperty("attribution").ValueKind));
        Assert.All(files, file => Assert.DoesNotContain(file, json));
    }

    [Fact]
    public async Task Agreements_themes_and_search_answer_in_JSON()
    {
        var agreements = await site.Client.GetFromJsonAsync<JsonElement>("/api/agreements?status=signed&sort=name");
        var relos = await site.Client.GetFromJsonAsync<JsonElement>("/api/agreements/relos");
        var themes = await site.Client.GetFromJsonAsync<JsonElement>("/api/themes");
        var search = await site.Client.GetFromJsonAsync<JsonElement>("/api/search?q=S-400");

        Assert.All(agreements.GetProperty("items").EnumerateArray(), a => Assert.Equal("signed", a.GetProperty("status").GetString()));
        Assert.Equal(["RELOS", "Reciprocal Exchange of Logistic Support"], relos.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.NotEmpty(relos.GetProperty("history").EnumerateArray());
        Assert.Equal(13, themes.GetArrayLength());
        Assert.Equal("defence", themes[0].GetProperty("slug").GetString());
        Assert.Contains(search.GetProperty("topAgreements").EnumerateArray(), hit => hit.GetProperty("slug").GetString()!.StartsWith("s-400", StringComparison.Ordinal));
        Assert.Contains("⟦", search.GetProperty("results")[0].GetProperty("snippet").GetString());
    }

    [Theory]
    [InlineData("/api/summits?kind=banquet", "kind")]
    [InlineData("/api/summits?from=1e9", "from")]
    [InlineData("/api/summits?page=99999999999", "page")]
    [InlineData("/api/agreements?sort=rank", "sort")]
    [InlineData("/api/search?q=", "q")]
    [InlineData("/api/search?q=%22%22%20AND", "q")]
    [InlineData("/api/search?q=modi&year=nineteen", "year")]
    public async Task Bad_parameters_are_a_400_validation_problem_naming_them(string url, string parameter)
    {
        using var response = await site.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/summits/no-such-summit")]
    [InlineData("/api/agreements/no-such-deal")]
    public async Task Unknown_slugs_are_a_404_problem(string url)
    {
        using var response = await site.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_endpoint_of_the_API()
    {
        var document = await site.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["/api/agreements", "/api/agreements/{slug}", "/api/search", "/api/summits", "/api/summits/{slug}", "/api/themes"], paths.Order(StringComparer.Ordinal));
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        var parameters = document.GetProperty("paths").GetProperty("/api/summits").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString());
        Assert.Contains("kind", parameters);
    }
}
