using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BharatBrief.CircuitLoad;

/// <summary>
/// What a page with an island hands the browser to start its circuit: the server component markers
/// (<c>&lt;!--Blazor:{"type":"server",...}--&gt;</c>, with the data-protected descriptor, sequence and key) and the
/// components' persisted state (<c>&lt;!--Blazor-Server-Component-State:...--&gt;</c>), as blazor.web.js reads them.
/// </summary>
public sealed partial class PrerenderedIsland
{
    private PrerenderedIsland(IReadOnlyList<JsonObject> markers, string applicationState)
    {
        Markers = markers;
        ApplicationState = applicationState;
    }

    /// <summary>The server components' start markers, in the order of their sequence.</summary>
    public IReadOnlyList<JsonObject> Markers { get; }

    /// <summary>The persisted state the page carries for its server components ("" when none).</summary>
    public string ApplicationState { get; }

    public static PrerenderedIsland Parse(string html)
    {
        var markers = new List<JsonObject>();
        foreach (Match comment in ComponentComment().Matches(html))
        {
            if (JsonNode.Parse(comment.Groups["json"].Value) is JsonObject marker && (string?)marker["type"] == "server")
            {
                markers.Add(marker);
            }
        }
        markers.Sort((a, b) => ((int?)a["sequence"] ?? 0).CompareTo((int?)b["sequence"] ?? 0));
        var state = StateComment().Match(html);
        return new PrerenderedIsland(markers, state.Success ? state.Groups["state"].Value : "");
    }

    /// <summary>
    /// The first <c>UpdateRootComponents</c> of a Web App: each marker added as a root component under an id of the
    /// client's own, counted from 1 as blazor.web.js does.
    /// </summary>
    public string AddOperationsJson()
    {
        var operations = new JsonArray();
        for (var i = 0; i < Markers.Count; i++)
        {
            operations.Add(new JsonObject
            {
                ["type"] = "add",
                ["ssrComponentId"] = i + 1,
                ["marker"] = Markers[i].DeepClone(),
            });
        }
        return new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString();
    }

    [GeneratedRegex(@"<!--\s*Blazor:(?<json>\{.*?\})\s*-->", RegexOptions.Singleline)]
    private static partial Regex ComponentComment();

    [GeneratedRegex(@"<!--\s*Blazor-Server-Component-State:(?<state>[a-zA-Z0-9+/=]+)\s*-->")]
    private static partial Regex StateComment();
}
