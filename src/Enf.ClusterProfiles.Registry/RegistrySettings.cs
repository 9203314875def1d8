using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Enf.ClusterProfiles.Registry;

/// <summary>The registry's settings: the options of registry-api-v1's "Running it", plus tuning read from configuration.</summary>
internal sealed record RegistrySettings
{
    public required string Token { get; init; }

    public required string DataDirectory { get; init; }

    /// <summary>Share of API requests that fail transiently on purpose (0 to 1).</summary>
    public double FaultRate { get; init; }

    /// <summary>How they fail (<c>--fault-kinds</c>; the classic four by default).</summary>
    public IReadOnlyList<FaultKind> FaultKinds { get; init; } = Registry.FaultKinds.Classic;

    /// <summary>The seed of the fault sequence (<c>--fault-seed</c>; a random one, logged, by default).</summary>
    public int FaultSeed { get; init; }

    /// <summary>API requests allowed per second per client before 429 (configuration key RateLimit:PermitsPerSecond).</summary>
    public int PermitsPerSecond { get; init; } = 500;

    /// <summary>Largest request body accepted (1 MiB).</summary>
    public int MaxBodyBytes { get; init; } = 1024 * 1024;

    public static RegistrySettings From(IConfiguration configuration)
    {
        var token = configuration["token"] ?? Environment.GetEnvironmentVariable("CLUSTER_REGISTRY_TOKEN");
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new RegistryConfigurationException("a token is required: --token TOKEN or the environment variable CLUSTER_REGISTRY_TOKEN.");
        }

        var dataDirectory = configuration["data-dir"];
        if (string.IsNullOrWhiteSpace(dataDirectory))
        {
            throw new RegistryConfigurationException("a data folder is required: --data-dir DIR (the SQLite database lives there).");
        }

        var faultRate = 0.0;
        if (configuration["fault-rate"] is { } rate
            && (!double.TryParse(rate, NumberStyles.Float, CultureInfo.InvariantCulture, out faultRate) || faultRate is < 0 or > 1))
        {
            throw new RegistryConfigurationException($"--fault-rate must be a number from 0 to 1; '{rate}' is not.");
        }

        var faultKinds = Registry.FaultKinds.Classic;
        if (configuration["fault-kinds"] is { } kinds && !Registry.FaultKinds.TryParse(kinds, out faultKinds))
        {
            throw new RegistryConfigurationException($"--fault-kinds takes a comma-separated list of {Registry.FaultKinds.Names}; '{kinds}' is not.");
        }

        var faultSeed = Random.Shared.Next();
        if (configuration["fault-seed"] is { } seed && !int.TryParse(seed, NumberStyles.Integer, CultureInfo.InvariantCulture, out faultSeed))
        {
            throw new RegistryConfigurationException($"--fault-seed must be a whole number; '{seed}' is not.");
        }

        return new RegistrySettings
        {
            Token = token,
            DataDirectory = dataDirectory,
            FaultRate = faultRate,
            FaultKinds = faultKinds,
            FaultSeed = faultSeed,
            PermitsPerSecond = configuration.GetValue("RateLimit:PermitsPerSecond", 500),
        };
    }
}

/// <summary>The registry cannot start as asked; the message says what to give it.</summary>
internal sealed class RegistryConfigurationException(string message) : Exception(message);
