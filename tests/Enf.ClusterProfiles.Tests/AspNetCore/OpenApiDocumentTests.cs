using System.Text.Json;
using System.Text.Json.Nodes;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Tests.TestData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Enf.ClusterProfiles.Tests.AspNetCore;

/// <summary>The endpoints carry metadata that Microsoft.AspNetCore.OpenApi turns into a useful document.</summary>
public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task The_generated_document_describes_every_endpoint_with_the_profile_and_assessment_schemas()
    {
        await using var host = await PortalHost.StartAsync(
            map: app =>
            {
                app.MapOpenApi("/openapi/{documentName}.json");
                app.MapClusterProfiles("/cluster-profiles");
                app.MapPost("/registrations", (Enf.ClusterProfiles.AspNetCore.AssessedProfile p) => Results.Ok()).ValidateClusterProfile();
            },
            services: s => s.AddOpenApi("v1"));

        using var document = JsonDocument.Parse(await host.Client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");

        var assess = paths.GetProperty("/cluster-profiles/assess").GetProperty("post");
        Assert.Equal("assessClusterProfile", assess.GetProperty("operationId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(assess.GetProperty("summary").GetString()));
        Assert.EndsWith("/ClusterProfile", Ref(assess.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema")), StringComparison.Ordinal);
        Assert.EndsWith("/ProfileAssessmentDto", Ref(assess.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema")), StringComparison.Ordinal);
        Assert.True(assess.GetProperty("responses").TryGetProperty("413", out _));

        var fields = paths.GetProperty("/cluster-profiles/fields").GetProperty("get");
        Assert.EndsWith("/FieldList", Ref(fields.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema")), StringComparison.Ordinal);
        var schema = paths.GetProperty("/cluster-profiles/schema").GetProperty("get");
        Assert.True(schema.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("application/schema+json", out _));

        var registrations = paths.GetProperty("/registrations").GetProperty("post");
        Assert.EndsWith("/ClusterProfile", Ref(registrations.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema")), StringComparison.Ordinal);
        foreach (var status in new[] { "400", "413", "422" })
        {
            Assert.True(registrations.GetProperty("responses").TryGetProperty(status, out _), status);
        }

        // The profile's schema is in the document, with its wire names.
        var components = document.RootElement.GetProperty("components").GetProperty("schemas");
        var profile = components.GetProperty("ClusterProfile").GetProperty("properties");
        foreach (var name in new[] { "id", "name", "country", "contact", "industrialEcosystems", "managementFte", "members" })
        {
            Assert.True(profile.TryGetProperty(name, out _), name);
        }

        var assessment = components.GetProperty("ProfileAssessmentDto").GetProperty("properties");
        foreach (var name in new[] { "valid", "pro", "issues", "fields", "completeness" })
        {
            Assert.True(assessment.TryGetProperty(name, out _), name);
        }
    }

    [Fact]
    public async Task With_AddClusterProfiles_the_body_is_the_published_profile_schema_and_the_response_the_assessment_schema()
    {
        await using var host = await PortalHost.StartAsync(
            map: app =>
            {
                app.MapOpenApi("/openapi/{documentName}.json");
                app.MapClusterProfiles("/cluster-profiles");
                app.MapPost("/registrations", (Enf.ClusterProfiles.Model.ClusterProfile p) => Results.Ok()).ValidateClusterProfile();
            },
            services: s => s.AddOpenApi("v1", options => options.AddClusterProfiles()));

        var document = JsonNode.Parse(await host.Client.GetStringAsync("/openapi/v1.json"))!;
        var assess = document["paths"]!["/cluster-profiles/assess"]!["post"]!;
        Assert.Equal("#/components/schemas/ClusterProfile", (string?)assess["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]);
        Assert.Equal("#/components/schemas/ProfileAssessmentDto", (string?)assess["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]);
        Assert.Equal("#/components/schemas/ClusterProfile", (string?)document["paths"]!["/registrations"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]);

        // What a client generator or validator reads: the required fields, the patterns, the M-EU rule.
        var components = document["components"]!["schemas"]!;
        var profile = components["ClusterProfile"]!;
        Assert.Equal(["id", "profileType", "name", "country", "city", "website", "description", "contact", "industrialEcosystems"], profile["required"]!.AsArray().Select(r => (string?)r));
        Assert.Equal(@"^\+[0-9](?:[ \-]*[0-9]){7,19}[ \-]*$", (string?)profile["properties"]!["contact"]!["properties"]!["phone"]!["pattern"]);
        Assert.Contains("FI", profile["if"]!["properties"]!["country"]!["enum"]!.AsArray().Select(c => (string?)c));
        Assert.Equal(["managementFte", "members"], profile["then"]!["required"]!.AsArray().Select(r => (string?)r));

        // Exactly what GET …/schema serves (but for the draft-07 $schema, which OpenAPI 3.1 does not take), and exactly
        // the published assessment schema.
        var served = JsonNode.Parse(await host.Client.GetStringAsync("/cluster-profiles/schema"))!.AsObject();
        served.Remove("$schema");
        AssertSameSchema(served, profile);
        var assessment = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("schemas/assessment.v1.schema.json")))!.AsObject();
        assessment.Remove("$schema");
        AssertSameSchema(assessment, components["ProfileAssessmentDto"]);

        // No components left over from the .NET types inside a profile: every component is referenced.
        var text = document.ToJsonString();
        Assert.All(components.AsObject().Select(c => c.Key), name => Assert.Contains($"\"#/components/schemas/{name}\"", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_options_that_change_requirements_the_document_has_the_schema_of_the_adjusted_catalogue()
    {
        await using var host = await PortalHost.StartAsync(
            map: app =>
            {
                app.MapOpenApi("/openapi/{documentName}.json");
                app.MapClusterProfiles("/cluster-profiles");
            },
            configure: o => o.Requirements["acronym"] = FieldRequirement.Mandatory,
            services: s => s.AddOpenApi("v1", options => options.AddClusterProfiles()));

        var document = JsonNode.Parse(await host.Client.GetStringAsync("/openapi/v1.json"))!;
        var profile = document["components"]!["schemas"]!["ClusterProfile"]!;
        var served = JsonNode.Parse(await host.Client.GetStringAsync("/cluster-profiles/schema"))!.AsObject();
        served.Remove("$schema");

        Assert.Contains("acronym", profile["required"]!.AsArray().Select(r => (string?)r));
        AssertSameSchema(served, profile);
    }

    private static void AssertSameSchema(JsonNode expected, JsonNode? actual)
    {
        var difference = FirstDifference(expected, actual, "#");
        Assert.True(difference is null, difference);
    }

    // Where two JSON values differ (objects compared by member, in any order), or null when they are equal.
    private static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var name in e.Select(m => m.Key).Union(a.Select(m => m.Key)))
                {
                    if (!e.ContainsKey(name) || !a.ContainsKey(name))
                    {
                        return $"{path}.{name}: {(e.ContainsKey(name) ? "missing" : "unexpected")} ({(e[name] ?? a[name])?.ToJsonString()})";
                    }

                    if (FirstDifference(e[name], a[name], $"{path}.{name}") is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case (JsonArray e, JsonArray a) when path.EndsWith(".type", StringComparison.Ordinal):
                // "type": ["null", "string"] and ["string", "null"] say the same; OpenAPI.NET writes its own order.
                return e.Select(t => (string?)t).Order().SequenceEqual(a.Select(t => (string?)t).Order()) ? null : $"{path}: expected {e.ToJsonString()}, got {a.ToJsonString()}";
            case (JsonArray e, JsonArray a) when e.Count == a.Count:
                return e.Select((item, i) => FirstDifference(item, a[i], $"{path}[{i}]")).FirstOrDefault(d => d is not null);
            default:
                return JsonNode.DeepEquals(expected, actual) ? null : $"{path}: expected {expected?.ToJsonString()}, got {actual?.ToJsonString()}";
        }
    }

    private static string Ref(JsonElement schema) => schema.GetProperty("$ref").GetString()!;
}
