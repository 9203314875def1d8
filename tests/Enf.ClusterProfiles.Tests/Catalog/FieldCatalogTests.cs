using System.Globalization;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Tests.TestData;
using Snapshooter.Xunit;

namespace Enf.ClusterProfiles.Tests.Catalog;

public class FieldCatalogTests
{
    private static readonly FieldCatalog Catalog = FieldCatalog.Version1;

    [Fact]
    public void Version_1_has_the_spec_field_counts()
    {
        int Count(FieldRequirement r) => Catalog.Fields.Count(f => f.Requirement == r);

        Assert.Equal(9, Count(FieldRequirement.Mandatory));
        Assert.Equal(2, Count(FieldRequirement.MandatoryInEu));
        Assert.Equal(21, Count(FieldRequirement.Optional));
        Assert.Equal(2, Count(FieldRequirement.System));
        Assert.Equal(["managementFte", "members"], Catalog.Fields.Where(f => f.Requirement == FieldRequirement.MandatoryInEu).Select(f => f.Path));
    }

    [Fact]
    public void Every_field_has_a_label_and_help_in_each_language()
    {
        Assert.All(Catalog.Fields, field =>
        {
            foreach (var text in new[] { field.Label, field.Help })
            {
                Assert.False(string.IsNullOrWhiteSpace(text.En), field.Path);
                Assert.False(string.IsNullOrWhiteSpace(text.Fi), field.Path);
                Assert.False(string.IsNullOrWhiteSpace(text.Sv), field.Path);
            }

            Assert.NotEqual(field.Help.En, field.Help.Fi);
            foreach (var culture in LocalizedText.SupportedCultures)
            {
                Assert.False(string.IsNullOrWhiteSpace(field.RuleText(culture)), field.Path);
            }
        });
    }

    [Fact]
    public void Fields_that_can_be_optional_have_distinct_suggestion_ranks()
    {
        var ranks = Catalog.Fields
            .Where(f => f.Requirement is FieldRequirement.Optional or FieldRequirement.MandatoryInEu)
            .Select(f => f.SuggestionOrder)
            .ToList();

        Assert.All(ranks, r => Assert.True(r > 0));
        Assert.Equal(ranks.Count, ranks.Distinct().Count());
    }

    [Fact]
    public void Every_field_that_can_be_optional_has_a_test_filler()
    {
        var optional = Catalog.Fields.Where(f => f.Requirement is FieldRequirement.Optional or FieldRequirement.MandatoryInEu).Select(f => f.Path);

        Assert.Equal(optional.Order(), ClusterProfileBuilder.OptionalFillers.Keys.Order());
    }

    [Fact]
    public void A_field_can_be_made_mandatory_optional_or_unused_through_options()
    {
        var assessor = ClusterProfileBuilder.Assessor(o =>
        {
            o.Requirements["acronym"] = FieldRequirement.Mandatory;
            o.Requirements["region"] = FieldRequirement.Unused;
            o.Requirements["website"] = FieldRequirement.Optional;
        });

        var assessment = assessor.Assess(ClusterProfileBuilder.MandatoryOnly() with { Website = null, Region = "not a region" });

        Assert.Equal(["acronym"], assessment.MandatoryMissing);
        Assert.DoesNotContain(assessment.Fields, f => f.Path == "region");
        Assert.DoesNotContain(assessment.Issues, i => i.Path == "region");
        Assert.Equal(20, assessment.Pro.OptionalTotal); // 21 - acronym - region + website
    }

    [Theory]
    [InlineData("nope", FieldRequirement.Optional, "not a field")]
    [InlineData("lastUpdated", FieldRequirement.Mandatory, "system fields")]
    [InlineData("name", FieldRequirement.System, "system fields")]
    [InlineData("id", FieldRequirement.Unused, "identifies")]
    public void Requirement_changes_that_cannot_work_are_refused_with_a_reason(string path, FieldRequirement requirement, string reason)
    {
        var problem = Catalog.RequirementChangeProblem(path, requirement);

        Assert.NotNull(problem);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Catalog.WithRequirements(new Dictionary<string, FieldRequirement> { [path] = requirement }));
    }

    [Theory]
    [InlineData("contact.email", "en", "Contact e-mail")]
    [InlineData("members.smes", "fi", "Jäsenet › pk-yritykset")]
    [InlineData("languages[1]", "en", "Languages, item 2")]
    [InlineData("technologyFields[0]", "sv", "Teknikområden, punkt 1")]
    [InlineData("fax", "en", "fax")]
    public void Paths_are_named_for_people_in_their_language(string path, string language, string expected) =>
        Assert.Equal(expected, Catalog.LabelOf(path, CultureInfo.GetCultureInfo(language)));

    [Fact]
    public void The_catalogue_json_matches_its_snapshot() =>
        Snapshot.Match(FieldCatalogExport.ToJson(Catalog));

    [Fact]
    public void The_committed_catalogue_json_is_what_the_code_generates() =>
        RepositoryFiles.AssertMatchesCommitted("schemas/field-catalog.v1.json", FieldCatalogExport.ToJson(Catalog));

    [Fact]
    public void The_committed_fields_page_is_what_the_code_generates() =>
        RepositoryFiles.AssertMatchesCommitted("docs/fields.md", FieldCatalogExport.ToMarkdown(Catalog));
}
