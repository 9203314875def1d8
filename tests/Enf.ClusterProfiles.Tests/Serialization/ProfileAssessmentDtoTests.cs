using System.Text.Json;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Tests.TestData;
using NJsonSchema;

namespace Enf.ClusterProfiles.Tests.Serialization;

/// <summary>The one assessment shape: described once in schemas/assessment.v1.schema.json, and the type agrees.</summary>
public class ProfileAssessmentDtoTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(RepositoryFiles.PathOf("schemas/assessment.v1.schema.json")).GetAwaiter().GetResult());

    [Fact]
    public void The_schema_describes_exactly_the_properties_of_the_type()
    {
        var typeProperties = ClusterProfileJson.AssessmentTypeInfo.Properties.Select(p => p.Name).Order();

        Assert.Equal(typeProperties, Schema.Value.Properties.Keys.Order());
    }

    [Fact]
    public void Console_v1_fields_come_first_and_are_always_written()
    {
        var unreadable = ClusterProfileBuilder.Assessor().AssessJson("{ not json");

        using var document = JsonDocument.Parse(ClusterProfileJson.Serialize(unreadable));

        Assert.Equal(
            ["source", "line", "id", "name", "valid", "pro", "mandatoryMissing", "completeness", "publication", "issues"],
            document.RootElement.EnumerateObject().Take(10).Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("source").ValueKind);
        Assert.Empty(Schema.Value.Validate(document.RootElement.GetRawText()));
    }

    [Fact]
    public void Every_example_s_assessment_conforms_to_the_schema()
    {
        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf("docs/examples"), "*.json"))
        {
            var json = ClusterProfileJson.Serialize(ClusterProfileBuilder.Assessor().AssessJson(File.ReadAllText(file)));

            var errors = Schema.Value.Validate(json);
            Assert.True(errors.Count == 0, $"{Path.GetFileName(file)}: {string.Join("; ", errors)}");
        }
    }

    [Fact]
    public void Completeness_is_written_with_two_decimals_and_enums_in_camel_case()
    {
        var assessment = ClusterProfileBuilder.Assessor().Assess(ClusterProfileBuilder.MandatoryOnly());

        using var document = JsonDocument.Parse(ClusterProfileJson.Serialize(assessment));

        Assert.Equal(Math.Round(assessment.Completeness, 2), document.RootElement.GetProperty("completeness").GetDouble());
        var field = document.RootElement.GetProperty("fields")[0];
        Assert.Equal("mandatory", field.GetProperty("requirement").GetString());
        Assert.Equal("filled", field.GetProperty("state").GetString());
    }
}
