using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Serialization;

/// <summary>Reads and writes profiles in the wire format of profile-v1 (UTF-8 JSON, camelCase).</summary>
public static class ClusterProfileJson
{
    /// <summary>
    /// The options of the wire format: source-generated metadata for profiles and assessments, written indented
    /// and with letters such as ä and ö as they are, since people read these files.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(ProfileJsonFormat.Options)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ProfileJsonContext.Default, AssessmentJsonContext.Default),
    };

    // Each resolved on first use: a process that only writes assessments never builds the profile's metadata.
    private static JsonTypeInfo<ClusterProfile> ProfileType =>
        field ??= (JsonTypeInfo<ClusterProfile>)Options.GetTypeInfo(typeof(ClusterProfile));

    /// <summary>
    /// The metadata of the one assessment shape, for writers that stream it (<c>JsonSerializer.Serialize(writer,
    /// dto, AssessmentTypeInfo)</c>) or hand it to ASP.NET Core (<c>Results.Json(dto, AssessmentTypeInfo)</c>).
    /// </summary>
    public static JsonTypeInfo<ProfileAssessmentDto> AssessmentTypeInfo =>
        field ??= (JsonTypeInfo<ProfileAssessmentDto>)Options.GetTypeInfo(typeof(ProfileAssessmentDto));

    /// <summary>Reads one profile object.</summary>
    /// <param name="json">The JSON text of one profile object.</param>
    /// <exception cref="JsonException">The text is not JSON, not an object, or a value has the wrong JSON type.</exception>
    public static ClusterProfile Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, ProfileType) ?? throw new JsonException("The JSON is null, not a profile object.");
    }

    /// <summary>Reads one profile object from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 JSON of one profile object.</param>
    /// <exception cref="JsonException">The bytes are not JSON, not an object, or a value has the wrong JSON type.</exception>
    public static ClusterProfile Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, ProfileType) ?? throw new JsonException("The JSON is null, not a profile object.");

    /// <summary>Writes a profile as indented JSON.</summary>
    /// <param name="profile">The profile.</param>
    public static string Serialize(ClusterProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return JsonSerializer.Serialize(profile, ProfileType);
    }

    /// <summary>Writes an assessment as indented JSON, in its one wire shape (<see cref="ProfileAssessmentDto"/>).</summary>
    /// <param name="assessment">The assessment.</param>
    public static string Serialize(ProfileAssessment assessment) =>
        JsonSerializer.Serialize(ProfileAssessmentDto.From(assessment), AssessmentTypeInfo);
}
