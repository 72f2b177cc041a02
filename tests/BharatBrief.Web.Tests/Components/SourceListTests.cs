using BharatBrief.Web.Components.Shared;
using BharatBrief.Web.Tests.Support;

namespace BharatBrief.Web.Tests.Components;

public sealed class SourceListTests
{
    [Fact]
    public async Task Headings_and_fact_box_labels_of_a_source_are_not_shown_as_quotes()
    {
        SourceArticle[] sources =
        [
            new("moscow-talks", "Modi and Putin in Moscow", "2024-07-09",
            [
                (0, "The S-400 Deal and What Comes Next"),
                (1, "Status: Signed"),
                (4, "The two sides signed the agreement on reciprocal logistics support during the visit."),
            ]),
        ];

        var page = await ComponentRenderer.RenderAsync<SourceList>(new() { ["Sources"] = sources });

        var quotes = page.QuerySelectorAll("blockquote").Select(quote => quote.TextContent.Trim().Trim('“', '”')).ToList();
        Assert.Equal(["The two sides signed the agreement on reciprocal logistics support during the visit."], quotes);
        Assert.Single(page.QuerySelectorAll("li.source"));
    }
}
