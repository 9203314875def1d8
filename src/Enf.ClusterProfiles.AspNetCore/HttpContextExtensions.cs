using Enf.ClusterProfiles.AspNetCore;

namespace Microsoft.AspNetCore.Http;

/// <summary>Reads what <c>.ValidateClusterProfile()</c> left on a request.</summary>
public static class HttpContextExtensions
{
    /// <summary>The profile and its assessment, or <see langword="null"/> when the endpoint has no <c>.ValidateClusterProfile()</c>.</summary>
    /// <param name="context">The request.</param>
    public static AssessedProfile? GetAssessedProfile(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<AssessedProfile>();
    }
}
