using System.Reflection;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Model;
using Microsoft.AspNetCore.Http;

namespace Enf.ClusterProfiles.AspNetCore;

/// <summary>
/// A profile that <c>.ValidateClusterProfile()</c> has read and assessed: found without errors (warnings may
/// remain). Take it as a handler parameter, or from <see cref="HttpContextExtensions.GetAssessedProfile"/>;
/// either way the profile is assessed once.
/// </summary>
public sealed class AssessedProfile
{
    internal AssessedProfile(ClusterProfile profile, ProfileAssessment assessment)
    {
        Profile = profile;
        Assessment = assessment;
    }

    /// <summary>The profile as bound from the body.</summary>
    public ClusterProfile Profile { get; }

    /// <summary>Its assessment, in the request's language: warnings, completeness, PRO, publication.</summary>
    public ProfileAssessment Assessment { get; }

    /// <summary>Binds the parameter from what the filter left on the request (minimal APIs call this).</summary>
    /// <param name="context">The request.</param>
    /// <param name="parameter">The handler's parameter.</param>
    /// <exception cref="InvalidOperationException">The endpoint lacks <c>.ValidateClusterProfile()</c>.</exception>
    public static ValueTask<AssessedProfile?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult<AssessedProfile?>(context.GetAssessedProfile()
            ?? throw new InvalidOperationException($"The parameter '{parameter?.Name}' of type {nameof(AssessedProfile)} needs .ValidateClusterProfile() on its endpoint."));
    }
}
