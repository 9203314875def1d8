namespace Enf.ClusterProfiles.Registry;

/// <summary>
/// The committed contract, <c>schemas/registry-api.v1.openapi.json</c>, embedded and served as it is: it says
/// more than a generated one could (the profile body's schema, the conditional headers, the security scheme),
/// and a test holds it to the endpoints this registry maps.
/// </summary>
internal static class OpenApiDocument
{
    public const string ResourceName = "registry-api.v1.openapi.json";

    public const string ProfileSchemaResourceName = "cluster-profile.v1.schema.json";

    public const string AssessmentSchemaResourceName = "assessment.v1.schema.json";

    public static Stream Open(string name = ResourceName) =>
        typeof(OpenApiDocument).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The resource {name} is missing from the build.");
}
