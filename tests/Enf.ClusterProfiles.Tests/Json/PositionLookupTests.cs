using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.Tests.Json;

/// <summary>
/// A clean profile is bound straight from its bytes and its findings' positions are looked up afterwards, all in
/// one pass: each finding still points at its own property or item, nested ones included.
/// </summary>
public class PositionLookupTests
{
    private const string Json = """
        {
          "schemaVersion": "1.0",
          "id": "kainuu-tech",
          "profileType": "clusterOrganisation",
          "name": "Kainuu Tech",
          "country": "FI",
          "website": "https://kainuu.example",
          "description": "A cluster organisation for the technology companies of Kainuu, working with research and the public sector.",
          "contact": { "email": "info@kainuu.example", "name": "Anna", "phone": "040 123" },
          "industrialEcosystems": ["digital"],
          "managementFte": 2,
          "members": { "smes": -3, "largeCompanies": 2 },
          "languages": ["fi", "xx"],
          "lastUpdated": "2020-01-01"
        }
        """;

    [Theory]
    [InlineData("contact.phone", IssueCodes.PhoneInvalid, 9, 64)]
    [InlineData("members.smes", IssueCodes.Minimum, 12, 16)]
    [InlineData("languages[1]", IssueCodes.LanguageUnknown, 13, 23)]
    [InlineData("lastUpdated", IssueCodes.ProfileStale, 14, 3)]
    public void Each_finding_of_a_clean_profile_points_at_its_own_place(string path, string code, int line, int column)
    {
        var assessment = ClusterProfileBuilder.Assessor().AssessJson(Json);

        var issue = assessment.Issues.Single(i => i.Code == code && i.Path == path);
        Assert.Equal((line, column), (issue.Line, issue.Column));
    }

    [Fact]
    public void A_missing_part_points_at_the_object_that_should_hold_it()
    {
        var assessment = ClusterProfileBuilder.Assessor().AssessJson(Json.Replace("\"email\": \"info@kainuu.example\", ", string.Empty, StringComparison.Ordinal));

        var missing = assessment.Issues.Single(i => i.Code == IssueCodes.Required && i.Path == "contact.email");
        Assert.Equal((9, 3), (missing.Line, missing.Column));
    }
}
