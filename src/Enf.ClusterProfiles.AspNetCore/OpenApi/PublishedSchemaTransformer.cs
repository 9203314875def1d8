using System.Reflection;
using System.Text.Json.Nodes;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Enf.ClusterProfiles.AspNetCore.OpenApi;

/// <summary>
/// Replaces the schema ASP.NET Core derives from <see cref="ClusterProfile"/> (no <c>required</c>, no patterns,
/// no M-EU rule) with the published profile schema, and that of <see cref="ProfileAssessmentDto"/> with the
/// assessment schema. The replacement happens in place, on the root schema of the type: the generator then
/// still makes it the one named component it references, and, as the new subschemas carry no type of their own,
/// it makes no components for the .NET types inside the profile.
/// </summary>
internal sealed class PublishedSchemaTransformer : IOpenApiSchemaTransformer
{
    private const string AssessmentResource = "Enf.ClusterProfiles.AspNetCore.assessment.v1.schema.json";

    // Every keyword of a schema is a public read-write property of OpenApiSchema; Metadata is the generator's own
    // bookkeeping (the component name), which must stay.
    private static readonly PropertyInfo[] Keywords =
    [
        .. typeof(OpenApiSchema).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p is { CanRead: true, CanWrite: true } && p.GetIndexParameters().Length == 0 && p.Name != nameof(OpenApiSchema.Metadata)),
    ];

    private static readonly Lazy<string> AssessmentSchemaText = new(() =>
    {
        using var stream = typeof(PublishedSchemaTransformer).Assembly.GetManifestResourceStream(AssessmentResource)
            ?? throw new InvalidOperationException($"The resource {AssessmentResource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(ClusterProfile))
        {
            // What GET …/schema serves: the published schema, or the one of the catalogue the options adjusted.
            var assessor = context.ApplicationServices.GetService<ProfileAssessor>()
                ?? throw new InvalidOperationException("AddClusterProfiles on the OpenAPI options needs the assessment services: call builder.Services.AddClusterProfiles() as well.");
            Replace(schema, ClusterProfileEndpoints.SchemaText(assessor));
        }
        else if (type == typeof(ProfileAssessmentDto))
        {
            Replace(schema, AssessmentSchemaText.Value);
        }

        return Task.CompletedTask;
    }

    private static void Replace(OpenApiSchema target, string jsonSchema)
    {
        // The draft-07 $schema would contradict the document's dialect (OpenAPI 3.1), so it goes. Parsed anew for
        // every document: a later transformer may change what it gets, and documents share nothing.
        var json = JsonNode.Parse(jsonSchema)!.AsObject();
        json.Remove("$schema");
        var source = OpenApiModelFactory.Parse<OpenApiSchema>(json.ToJsonString(), OpenApiSpecVersion.OpenApi3_1, new OpenApiDocument(), out var diagnostic, "json")
            ?? throw new InvalidOperationException("The published JSON Schema could not be read as an OpenAPI schema.");
        if (diagnostic?.Errors.Count > 0)
        {
            throw new InvalidOperationException($"The published JSON Schema could not be read as an OpenAPI schema: {diagnostic.Errors[0]}");
        }

        foreach (var keyword in Keywords)
        {
            // A keyword null on both sides is left alone: a setter may remember that it was called (Const does, and
            // then writes "const": null).
            var value = keyword.GetValue(source);
            if (value is not null || keyword.GetValue(target) is not null)
            {
                keyword.SetValue(target, value);
            }
        }
    }
}
