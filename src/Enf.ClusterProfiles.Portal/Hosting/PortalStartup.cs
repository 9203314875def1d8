using Enf.ClusterProfiles.Portal.Registry;

namespace Enf.ClusterProfiles.Portal.Hosting;

/// <summary>
/// What the portal does before it serves: asks the registry whose the portal's token is (<c>GET /api/v1/me</c>, which
/// it needs for every sign-in), so that a registry it cannot use stops the start with a sentence; then, in-process,
/// makes the demo accounts and loads the examples.
/// </summary>
internal static class PortalStartup
{
    public static async Task ConnectAsync(IServiceProvider services, PortalOptions options, InProcessRegistry? inProcess, TextWriter demoCredentials, CancellationToken cancellationToken)
    {
        var where = options.RegistryUrl is { } url ? $"--registry {url}" : "the in-process registry";
        PortalAccount? self;
        try
        {
            self = await services.GetRequiredService<PortalRegistries>().Own().AuthenticateAsync(cancellationToken);
        }
        catch (Exception e) when (e is PortalRegistryException or HttpRequestException)
        {
            throw new PortalConfigurationException($"{where}: {e.Message}");
        }

        if (self is null)
        {
            throw new PortalConfigurationException($"{where}: the registry does not accept the token given (--token or CLUSTER_REGISTRY_TOKEN); give the token of one of its accounts.");
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Enf.ClusterProfiles.Portal");
        if (inProcess is null)
        {
            PortalLog.ExternalRegistry(logger, options.RegistryUrl!, self.Name, self.Role.ToString().ToLowerInvariant());
            return;
        }

        await services.GetRequiredService<DemoAccounts>().EnsureCreatedAsync(demoCredentials, cancellationToken);
        PortalLog.InProcessRegistry(logger, inProcess.Address);
    }
}
