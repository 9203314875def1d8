using System.Text.Json;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.Tests.Serialization;

public class ClusterProfileJsonTests
{
    [Fact]
    public void A_full_profile_round_trips_losslessly()
    {
        var json = ClusterProfileJson.Serialize(ClusterProfileBuilder.Full());

        var again = ClusterProfileJson.Serialize(ClusterProfileJson.Deserialize(json));

        Assert.Equal(json, again);
    }

    [Fact]
    public void The_wire_format_is_camelCase_with_enum_values_as_their_wire_strings()
    {
        var json = ClusterProfileJson.Serialize(ClusterProfileBuilder.Full());

        Assert.Contains("\"profileType\": \"clusterOrganisation\"", json, StringComparison.Ordinal);
        Assert.Contains("\"energyRenewables\"", json, StringComparison.Ordinal);
        Assert.Contains("\"membershipFees\"", json, StringComparison.Ordinal);
        Assert.Contains("\"tier\": \"bronze\"", json, StringComparison.Ordinal);
        Assert.Contains("\"validUntil\": \"2027-12-31\"", json, StringComparison.Ordinal);
        Assert.Contains("\"contact\": {", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_properties_and_unknown_values_are_kept_and_reported()
    {
        const string json = """
            { "id": "x-cluster", "profileType": "network", "industrialEcosystems": ["digital", "quantum"],
              "fax": "+358 1", "contact": { "email": "a@b.example", "skype": "x" }, "members": { "smes": 3, "startups": 2 } }
            """;

        var profile = ClusterProfileJson.Deserialize(json);
        var written = JsonDocument.Parse(ClusterProfileJson.Serialize(profile)).RootElement;
        var assessment = ClusterProfileBuilder.Assessor().Assess(profile);

        Assert.Equal("network", written.GetProperty("profileType").GetString());
        Assert.Equal("quantum", written.GetProperty("industrialEcosystems")[1].GetString());
        Assert.Equal("+358 1", written.GetProperty("fax").GetString());
        Assert.Equal("x", written.GetProperty("contact").GetProperty("skype").GetString());
        Assert.Equal(2, written.GetProperty("members").GetProperty("startups").GetInt32());
        assessment.HasIssue(IssueCodes.ProfileTypeUnsupported, IssueSeverity.Error, "profileType");
        assessment.HasIssue(IssueCodes.ValueUnknown, IssueSeverity.Error, "industrialEcosystems[1]");
        assessment.HasIssue(IssueCodes.PropertyUnknown, IssueSeverity.Warning, "fax");
        assessment.HasIssue(IssueCodes.PropertyUnknown, IssueSeverity.Warning, "contact.skype");
        assessment.HasIssue(IssueCodes.PropertyUnknown, IssueSeverity.Warning, "members.startups");
    }

    [Fact]
    public void Null_means_absent()
    {
        var profile = ClusterProfileJson.Deserialize("""{ "acronym": null, "members": null, "technologyFields": null }""");

        Assert.Null(profile.Acronym);
        Assert.Null(profile.Members);
        Assert.Null(profile.TechnologyFields);
    }

    [Fact]
    public void Text_keeps_its_letters_readable()
    {
        var json = ClusterProfileJson.Serialize(new ClusterProfile { City = "Tromsø", Name = "Pohjois-Pohjanmaan äly" });

        Assert.Contains("Tromsø", json, StringComparison.Ordinal);
        Assert.Contains("äly", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_JSON_type_is_a_JSON_error_from_the_model_reader() =>
        Assert.Throws<JsonException>(() => ClusterProfileJson.Deserialize("""{ "managementFte": "two" }"""));
}
