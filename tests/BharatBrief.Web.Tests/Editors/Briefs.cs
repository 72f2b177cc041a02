using System.Net;
using System.Text.RegularExpressions;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>Briefs written through the brief form, as an editor would.</summary>
public static partial class Briefs
{
    public const string ArcticTitle = "Modi and Putin to meet in Moscow in May";

    public const string ArcticBody = "Modi and Putin will meet in Moscow on 9 May 2026; the two sides are expected to sign an agreement on Arctic shipping.";

    /// <summary>The Arctic brief with a sentence that gives it themes.</summary>
    public const string ArcticBodyWithThemes = ArcticBody + " Oil supplies, defence cooperation and trade in national currencies will top the agenda, officials said.";

    public static Dictionary<string, string> Arctic() => Fields(ArcticTitle, ArcticBodyWithThemes, "2026-04-20");

    public static Dictionary<string, string> Fields(string title, string body, string publishedOn = "", string sourceName = "", string sourceUrl = "", string tags = "") => new()
    {
        ["Input.Title"] = title,
        ["Input.Body"] = body,
        ["Input.PublishedOn"] = publishedOn,
        ["Input.SourceName"] = sourceName,
        ["Input.SourceUrl"] = sourceUrl,
        ["Input.Tags"] = tags,
    };

    /// <summary>Presses <paramref name="action"/> (preview, save, publish) on the brief form of <paramref name="url"/>.</summary>
    public static Task<HttpResponseMessage> PressAsync(EditorClient client, string url, string action, Dictionary<string, string> fields) =>
        client.PostFormAsync(url, "brief", new Dictionary<string, string>(fields) { ["Input.Action"] = action });

    /// <summary>Creates a brief (saved or published) and returns its editing address.</summary>
    public static async Task<string> CreateAsync(EditorClient client, Dictionary<string, string> fields, string action = "publish")
    {
        using var response = await PressAsync(client, "/editor/briefs/new", action, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Creating a brief answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var location = EditorClient.PathOf(response);
        Assert.Matches(EditAddress(), location);
        return location.Split('?')[0];
    }

    [GeneratedRegex(@"^/editor/briefs/\d+\?done=(created|published)$")]
    private static partial Regex EditAddress();
}
