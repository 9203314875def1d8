namespace Enf.ClusterProfiles.Portal.Hosting;

/// <summary>
/// The portal's settings, from the command line or the environment (the option wins over its variable):
/// <c>--data-dir</c> (<c>CLUSTER_PORTAL_DATA_DIR</c>), <c>--registry</c> (<c>CLUSTER_PORTAL_REGISTRY</c>),
/// <c>--token</c> (<c>CLUSTER_REGISTRY_TOKEN</c>); <c>--urls</c> is the host's own. Checked at start by
/// <see cref="PortalOptionsValidator"/>.
/// </summary>
public sealed class PortalOptions
{
    /// <summary>Session keys, and the in-process registry's database. Default: <c>portal-data</c> in the current folder.</summary>
    public string DataDirectory { get; set; } = Path.Combine(Directory.GetCurrentDirectory(), "portal-data");

    /// <summary>What <c>--registry</c> gave, as typed; <see langword="null"/> for the in-process registry (the default).</summary>
    public string? Registry { get; set; }

    /// <summary>The portal's own token for the external registry (any of its accounts; a reviewer's is enough).</summary>
    public string? Token { get; set; }

    /// <summary>The external registry, once <see cref="Registry"/> is valid; <see langword="null"/> for the in-process one.</summary>
    public Uri? RegistryUrl => Registry is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;

    /// <summary>Reads the settings from the command line and the environment, both in <paramref name="configuration"/>.</summary>
    public static PortalOptions From(IConfiguration configuration)
    {
        string? Value(string option, string variable) => configuration[option] is { Length: > 0 } value ? value : configuration[variable] is { Length: > 0 } env ? env : null;

        var options = new PortalOptions { Registry = Value("registry", "CLUSTER_PORTAL_REGISTRY") };
        if (Value("data-dir", "CLUSTER_PORTAL_DATA_DIR") is { } dir)
        {
            options.DataDirectory = Path.GetFullPath(dir);
        }

        // The in-process registry makes its own admin token: a token given without --registry is not used.
        options.Token = options.Registry is null ? null : Value("token", "CLUSTER_REGISTRY_TOKEN");
        return options;
    }

    /// <summary>Copies these settings into <paramref name="target"/> (for the options system).</summary>
    internal void CopyTo(PortalOptions target)
    {
        target.DataDirectory = DataDirectory;
        target.Registry = Registry;
        target.Token = Token;
    }
}
