using Enf.ClusterProfiles.AspNetCore.OpenApi;
using Microsoft.AspNetCore.OpenApi;

// In the namespace of AddOpenApi, so that Program.cs needs no using of its own (the web SDK imports it).
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Documents cluster profiles and their assessments with the library's published JSON Schemas.</summary>
public static class ClusterProfilesOpenApiOptionsExtensions
{
    /// <summary>
    /// Describes every <c>ClusterProfile</c> in the document (the body of <c>POST …/assess</c>, of an endpoint
    /// with <c>.ValidateClusterProfile()</c>, any parameter or response of that type) with the schema that
    /// <c>GET …/schema</c> serves: required fields, patterns, limits and the M-EU rule as <c>if</c>/<c>then</c>,
    /// rather than one derived from the .NET type. Every <c>ProfileAssessmentDto</c> gets
    /// <c>schemas/assessment.v1.schema.json</c>. Call it in <c>builder.Services.AddOpenApi(options =&gt;
    /// options.AddClusterProfiles())</c>.
    /// </summary>
    /// <param name="options">The options of one OpenAPI document.</param>
    /// <returns>The same options, for chaining.</returns>
    public static OpenApiOptions AddClusterProfiles(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.AddSchemaTransformer(new PublishedSchemaTransformer());
    }
}
