using System.Globalization;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.Tests.Issues;

/// <summary>An assessment's messages and places are rendered when first read; reading them gives what eager rendering gave.</summary>
public class DeferredRenderingTests
{
    private const string Broken = """
        {
          "id": "arctic-water",
          "profileType": "clusterOrganisation",
          "name": "Arctic Water",
          "country": "FI",
          "city": "Oulu",
          "website": "not a url",
          "description": "Too short.",
          "contact": { "email": "info@cluster" },
          "industrialEcosystems": ["energyIntensive"]
        }
        """;

    [Fact]
    public void Messages_and_places_are_those_of_the_findings()
    {
        var issues = ClusterProfileBuilder.Assessor().AssessJson(Broken, CultureInfo.GetCultureInfo("fi")).Issues;

        var website = Assert.Single(issues, i => i.Code == IssueCodes.UrlInvalid);
        Assert.Equal(7, website.Line);
        Assert.Equal(3, website.Column); // where the property starts
        Assert.Contains("Verkkosivusto", website.Message, StringComparison.Ordinal);
        Assert.Equal("Verkkosivusto", website.Arguments["PropertyName"]);
    }

    [Fact]
    public void Issues_read_from_several_threads_at_once_are_rendered_once_and_alike()
    {
        for (var round = 0; round < 20; round++)
        {
            var issues = ClusterProfileBuilder.Assessor().AssessJson(Broken).Issues;
            var seen = new string[8][];
            Parallel.For(0, seen.Length, t => seen[t] = [.. issues.Select(i => $"{i.Line}:{i.Column} {i.Message}")]);

            Assert.All(seen, s => Assert.Equal(seen[0], s));
            Assert.All(seen[0], s => Assert.DoesNotContain("{", s, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_copy_with_another_message_keeps_the_place_and_a_copy_with_another_line_keeps_the_column()
    {
        var issue = ClusterProfileBuilder.Assessor().AssessJson(Broken).Issues.Single(i => i.Code == IssueCodes.UrlInvalid);

        var reworded = issue with { Message = "Check the address." };
        var moved = issue with { Line = 1 };

        Assert.Equal(("Check the address.", issue.Line, issue.Column), (reworded.Message, reworded.Line, reworded.Column));
        Assert.Equal((issue.Message, 1, issue.Column), (moved.Message, moved.Line, moved.Column));
    }

    [Fact]
    public void Issues_are_equal_when_what_a_reader_sees_is_equal()
    {
        var first = ClusterProfileBuilder.Assessor().AssessJson(Broken).Issues;
        var second = ClusterProfileBuilder.Assessor().AssessJson(Broken).Issues;

        Assert.Equal(first, second);
        Assert.NotEqual(first[0], first[0] with { Message = "other" });
    }
}
