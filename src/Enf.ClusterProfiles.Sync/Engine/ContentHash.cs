using System.Security.Cryptography;
using System.Text;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Serialization;

namespace Enf.ClusterProfiles.Sync;

/// <summary>
/// A fingerprint of a profile's content: SHA-256 of its canonical JSON (the library's serialisation), so the
/// same profile gives the same hash whether it was read from a file or from the registry.
/// </summary>
internal static class ContentHash
{
    /// <summary>The hash of a profile, as lower-case hex.</summary>
    /// <param name="profile">The profile.</param>
    public static string Of(ClusterProfile profile) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ClusterProfileJson.Serialize(profile)))).ToLowerInvariant();
}
