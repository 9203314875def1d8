using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Json;

/// <summary>
/// The common case of reading: a clean profile bound straight from its bytes by a deserialiser that refuses
/// whatever the diagnostic walk would report (a duplicate property, a depth no profile has, a wrong type), so
/// that only a profile it refuses pays for the walk.
/// </summary>
internal static class StrictBinding
{

    public static ClusterProfile? TryBind(ReadOnlySpan<byte> span)
    {
        try
        {
            return JsonSerializer.Deserialize(span, StrictProfileType);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return null; // the walk says what is wrong
        }
    }

    // Refuses a duplicate property and any depth beyond what a profile can have, as the walk would.
    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo<ClusterProfile> StrictProfileType => field ??=
        (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ClusterProfile>)new JsonSerializerOptions(ProfileJsonFormat.Options)
        {
#if NET10_0_OR_GREATER
            AllowDuplicateProperties = false,
#endif
            MaxDepth = ProfileJsonParser.MaxDepth,
        }.GetTypeInfo(typeof(ClusterProfile));

    // Before .NET 10 the deserialiser takes the last of two equal properties silently: there, every profile is walked.
#if NET10_0_OR_GREATER
    public const bool RefusesDuplicates = true;
#else
    public const bool RefusesDuplicates = false;
#endif
}
