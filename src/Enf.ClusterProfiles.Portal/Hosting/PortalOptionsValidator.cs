using Enf.ClusterProfiles.Sync;
using Microsoft.Extensions.Options;

namespace Enf.ClusterProfiles.Portal.Hosting;

/// <summary>Checks the portal's settings at start; each failure is one sentence that says what to give instead (never a token).</summary>
public sealed class PortalOptionsValidator : IValidateOptions<PortalOptions>
{
    public ValidateOptionsResult Validate(string? name, PortalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Registry is not { } url)
        {
            return ValidateOptionsResult.Success; // the in-process registry
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var registry) || registry.Scheme is not ("http" or "https"))
        {
            return ValidateOptionsResult.Fail($"--registry must be an absolute http or https URL; '{url}' is not.");
        }

        if (!ClusterRegistryClientOptionsValidator.IsAllowed(registry))
        {
            return ValidateOptionsResult.Fail($"--registry {registry}: tokens travel only over https, or http on the loopback interface (127.0.0.1, ::1, localhost).");
        }

        if (options.Token is null)
        {
            return ValidateOptionsResult.Fail($"--registry {registry} needs a token of that registry: --token TOKEN or the environment variable CLUSTER_REGISTRY_TOKEN (any account's; a reviewer's is enough).");
        }

        return ValidateOptionsResult.Success;
    }
}
