using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Portal.Registry;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Enf.ClusterProfiles.Portal.Pages;

/// <summary>What the signed-in pages share: the registry, acting as the signed-in account (one per request), and the assessor.</summary>
public abstract class PortalPageModel(IPortalRegistry registry, ProfileAssessor assessor, TimeProvider clock) : PageModel
{
    protected IPortalRegistry Registry { get; } = registry;

    public ProfileAssessor Assessor { get; } = assessor;

    public ProfileAssessment Assess(string json) => Assessor.AssessJson(json, CultureInfo.CurrentUICulture);

    /// <summary>The cluster label's validity date, when the profile has one that can be read.</summary>
    public static DateOnly? LabelValidUntil(string json)
    {
        try
        {
            return JsonNode.Parse(json)?["clusterLabel"]?["validUntil"] is JsonValue value && value.TryGetValue<string>(out var text)
                && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
