using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the profile assessment services.</summary>
public static class ClusterProfilesServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ProfileAssessor"/> (singleton), its options (validated at start-up) and
    /// <see cref="TimeProvider.System"/> unless a <see cref="TimeProvider"/> is already registered.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the default options, or <see langword="null"/>.</param>
    /// <returns>The same service collection, so that calls chain.</returns>
    public static IServiceCollection AddClusterProfiles(this IServiceCollection services, Action<ClusterProfilesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ClusterProfilesOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClusterProfilesOptions>, ClusterProfilesOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new ProfileAssessor(
            sp.GetRequiredService<IOptions<ClusterProfilesOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
