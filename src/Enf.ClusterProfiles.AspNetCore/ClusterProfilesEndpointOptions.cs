using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enf.ClusterProfiles.AspNetCore;

/// <summary>
/// Settings of the HTTP side: <c>MapClusterProfiles</c> and <c>.ValidateClusterProfile()</c>. Set them with
/// <c>builder.Services.Configure&lt;ClusterProfilesEndpointOptions&gt;(…)</c> (or bind a configuration section);
/// the size limit stays <c>ClusterProfilesOptions.MaxProfileBytes</c>, as it is the library's.
/// </summary>
public sealed class ClusterProfilesEndpointOptions
{
    /// <summary>The shortest <see cref="BodyReadTimeout"/> allowed.</summary>
    public static readonly TimeSpan MinBodyReadTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The longest <see cref="BodyReadTimeout"/> allowed.</summary>
    public static readonly TimeSpan MaxBodyReadTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a client may take to send the whole body, from the moment the endpoint starts reading it; past it
    /// the answer is a <c>408</c> problem. 30 seconds by default; from 1 second to 10 minutes.
    /// </summary>
    public TimeSpan BodyReadTimeout { get; set; } = TimeSpan.FromSeconds(30);

    // Read and checked when the endpoints are mapped, so that a wrong value stops the start with a clear message.
    internal static ClusterProfilesEndpointOptions From(IServiceProvider services)
    {
        var options = services.GetService<IOptions<ClusterProfilesEndpointOptions>>()?.Value ?? new ClusterProfilesEndpointOptions();
        if (options.BodyReadTimeout < MinBodyReadTimeout || options.BodyReadTimeout > MaxBodyReadTimeout)
        {
            throw new OptionsValidationException(
                Options.DefaultName,
                typeof(ClusterProfilesEndpointOptions),
                [$"ClusterProfilesEndpointOptions.BodyReadTimeout is {options.BodyReadTimeout:c}; it must be from {MinBodyReadTimeout:c} to {MaxBodyReadTimeout:c}."]);
        }

        return options;
    }
}
