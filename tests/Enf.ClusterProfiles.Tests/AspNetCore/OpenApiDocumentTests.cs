using System.Text.Json;
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

    private static string Ref(JsonElement schema) => schema.GetProperty("$ref").GetString()!;
}
