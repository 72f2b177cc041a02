using System.Net;
using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Tests.Feeds;

public sealed class CsvTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task The_timeline_downloads_as_CSV_with_a_header_and_a_row_per_summit()
    {
        var count = await site.Factory.ReadAsync(db => db.Summits.CountAsync());
        using var response = await site.Client.GetAsync("/summits.csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var lines = await LinesAsync(response);
        Assert.Equal("slug,title,kind,status,start,end,date,city,country,venue,ordinal,ordinal_inferred,participants,sources,url", lines[0]);
        Assert.Equal(count, lines.Count - 1);
    }

    [Fact]
    public async Task The_timeline_CSV_respects_the_timeline_filters()
    {
        var planned = await site.Factory.ReadAsync(db => db.Summits.CountAsync(s => s.Status == SummitStatus.Planned));
        using var response = await site.Client.GetAsync("/summits.csv?status=planned");

        var rows = (await LinesAsync(response)).Skip(1).ToList();
        Assert.Equal(planned, rows.Count);
        Assert.All(rows, row => Assert.Contains(",planned,", row));
    }

    [Fact]
    public async Task The_register_downloads_as_CSV_in_its_order()
    {
        var count = await site.Factory.ReadAsync(db => db.Agreements.CountAsync());
        using var response = await site.Client.GetAsync("/agreements.csv?sort=name&dir=desc");

        var lines = await LinesAsync(response);
        Assert.Equal("slug,name,aliases,kind,status,date,date_text,summit,themes,sources,url", lines[0]);
        Assert.Equal(count, lines.Count - 1);
        Assert.Contains(lines, line => line.StartsWith("relos,Reciprocal Exchange of Logistics Support,RELOS; Reciprocal Exchange of Logistic Support,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/summits.csv?kind=party")]
    [InlineData("/agreements.csv?status=lost")]
    public async Task Bad_filters_are_a_400_problem(string url)
    {
        using var response = await site.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    private static async Task<List<string>> LinesAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return [.. text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];
    }
}
