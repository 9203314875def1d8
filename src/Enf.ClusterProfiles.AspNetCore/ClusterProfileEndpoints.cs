using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Schema;
using Enf.ClusterProfiles.Serialization;
using Microsoft.AspNetCore.Http;

namespace Enf.ClusterProfiles.AspNetCore;

/// <summary>The handlers behind <c>MapClusterProfiles</c>, bound to the application's one assessor.</summary>
internal sealed class ClusterProfileEndpoints
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromHours(1);

    private readonly ProfileAssessor assessor;
    private readonly TimeSpan bodyReadTimeout;
    private readonly Lazy<CachedDocument> schema;
    private readonly Dictionary<string, Lazy<CachedDocument>> fields;

    public ClusterProfileEndpoints(ProfileAssessor assessor, ClusterProfilesEndpointOptions options)
    {
        this.assessor = assessor;
        bodyReadTimeout = options.BodyReadTimeout;
        schema = new(() => new CachedDocument(Encoding.UTF8.GetBytes(SchemaText(assessor)), "application/schema+json", CacheFor));
        fields = LocalizedText.SupportedCultures.ToDictionary(
            c => c.Name,
            c => new Lazy<CachedDocument>(() => new CachedDocument(
                JsonSerializer.SerializeToUtf8Bytes(FieldList(assessor.Catalog, c), WebJsonContext.Default.FieldList),
                "application/json; charset=utf-8",
                CacheFor)),
            StringComparer.Ordinal);
    }

    /// <summary><c>POST …/assess</c>: the body as read, assessed; bad input is findings, never a 500.</summary>
    public async Task<IResult> AssessAsync(HttpContext context)
    {
        var culture = RequestLanguage.CultureOf(context);
        var maxBytes = assessor.Options.MaxProfileBytes;
        var (outcome, buffer, length) = await ProfileBody.ReadAsync(context.Request, maxBytes, bodyReadTimeout).ConfigureAwait(false);
        if (outcome != ProfileBody.Outcome.Read)
        {
            return ProfileBody.Problem(outcome, maxBytes, bodyReadTimeout, culture);
        }

        try
        {
            var assessment = assessor.Assess(ProfileDocument.Parse(buffer.AsMemory(0, length), maxBytes: maxBytes), culture);
            return new AssessmentResult(ProfileAssessmentDto.From(assessment));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer!); // the assessment holds no reference to the bytes
        }
    }

    /// <summary><c>GET …/fields</c>: the catalogue in force, in the request's language.</summary>
    public IResult Fields(HttpContext context) =>
        fields.TryGetValue(RequestLanguage.CultureOf(context).Name, out var document) ? document.Value : fields["en"].Value;

    /// <summary><c>GET …/schema</c>: the JSON Schema of the profile for the catalogue in force.</summary>
    public IResult Schema() => schema.Value;

    internal static FieldList FieldList(FieldCatalog catalog, CultureInfo culture) => new(
        catalog.Version,
        LocalizedText.LanguageOf(culture),
        [.. catalog.Fields.Where(f => f.Requirement != FieldRequirement.Unused).Select(f => new FieldDescription(
            f.Path,
            f.Requirement,
            FieldCatalogExport.Abbreviation(f.Requirement),
            f.Kind,
            f.Label.Get(culture),
            f.Help.Get(culture),
            f.RuleText(culture),
            f.Constraints))]);

    // The published schema when the catalogue is the spec's; one generated from the adjusted catalogue otherwise.
    internal static string SchemaText(ProfileAssessor assessor) =>
        assessor.Options.Requirements.Count == 0 ? ProfileSchema.Json : ProfileSchemaGenerator.GenerateJson(assessor.Catalog);
}
