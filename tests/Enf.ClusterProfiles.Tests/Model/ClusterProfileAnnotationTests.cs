using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.Tests.Model;

public class ClusterProfileAnnotationTests
{
    [Fact]
    public void Without_annotations_drops_every_dollar_property_at_every_level_and_keeps_the_rest()
    {
        var json = ClusterProfileJson.Serialize(ClusterProfileBuilder.Full())
            .Insert(1, "\"$schema\": \"x.json\", \"$help\": { \"name\": \"Full name\" }, \"futureField\": 1, ");
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        node["contact"]!["$help"] = "who answers";
        node["members"]!["$note"] = "counted in 2026";
        var profile = ClusterProfileJson.Deserialize(node.ToJsonString());

        var clean = profile.WithoutAnnotations();
        var written = ClusterProfileJson.Serialize(clean);

        Assert.DoesNotContain("\"$", written, StringComparison.Ordinal);
        Assert.Contains("\"futureField\"", written, StringComparison.Ordinal);
        Assert.Null(clean.Contact!.AdditionalProperties);
        Assert.Equal(profile with { AdditionalProperties = clean.AdditionalProperties, Contact = clean.Contact, Members = clean.Members }, clean);
    }

    [Fact]
    public void A_profile_without_annotations_comes_back_as_it_is()
    {
        var profile = ClusterProfileBuilder.Full();

        Assert.Equal(ClusterProfileJson.Serialize(profile), ClusterProfileJson.Serialize(profile.WithoutAnnotations()));
    }
}
