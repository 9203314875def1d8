namespace Enf.ClusterProfiles.Registry;

/// <summary>The registry's settings: the options of registry-api-v1's "Running it" (see <see cref="RegistryCommandLine"/>).</summary>
public sealed record RegistrySettings
{
    /// <summary>
    /// The admin's token for this start (<c>--token</c>); never stored or logged. <see langword="null"/>: the admin
    /// token kept (as a hash) in the database, made at the first start without one (see <see cref="RegistryApp.CreatedAdminToken"/>).
    /// </summary>
    public string? Token { get; init; }

    /// <summary>
    /// Whether this start makes a new admin token (<c>--new-admin-token</c>), replacing the stored one: for a token
    /// lost or leaked. Not with <see cref="Token"/>.
    /// </summary>
    public bool NewAdminToken { get; init; }

    /// <summary>The folder of the SQLite database (<c>registry.db</c>).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Where to listen (semicolon-separated URLs); <c>http://127.0.0.1:0</c> picks a free port.</summary>
    public string Urls { get; init; } = RegistryCommandLine.DefaultUrls;

    /// <summary>Share of API requests that fail transiently on purpose (0 to 1).</summary>
    public double FaultRate { get; init; }

    /// <summary>How they fail (<c>--fault-kinds</c>; the classic four by default).</summary>
    internal IReadOnlyList<FaultKind> FaultKinds { get; init; } = Registry.FaultKinds.Classic;

    /// <summary>The seed of the fault sequence (<c>--fault-seed</c>; a random one, logged, by default).</summary>
    public int FaultSeed { get; init; }

    /// <summary>API requests allowed per second per token before 429.</summary>
    public int PermitsPerSecond { get; init; } = 500;

    /// <summary>Failed authentications allowed per client (remote address) and minute before 429.</summary>
    public int FailedAuthenticationsPerMinute { get; init; } = 20;

    /// <summary>Largest request body accepted (1 MiB).</summary>
    public int MaxBodyBytes { get; init; } = 1024 * 1024;
}

/// <summary>The registry cannot start as asked; the message says what to give it.</summary>
public sealed class RegistryConfigurationException(string message) : Exception(message);
