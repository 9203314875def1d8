using System.CommandLine;
using System.Globalization;

namespace Enf.ClusterProfiles.Registry;

/// <summary>
/// The registry's command line: every option has an environment variable (the option wins), <c>--help</c>
/// lists both, and a mistake is one line on stderr with exit code 2, as a server's command line should.
/// </summary>
public static class RegistryCommandLine
{
    /// <summary>Where the registry listens when not told.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The data folder when not told: <c>registry-data</c> in the working directory.</summary>
    public const string DefaultDataDirectory = "registry-data";

    /// <summary>Exit code of a command line the registry cannot run.</summary>
    public const int UsageError = 2;

    // Each option's environment variable; filled as the options below are made, so it comes first.
    private static readonly Dictionary<Option, string> Variables = [];

    private static readonly Option<string?> Urls = Opt("--urls", "URLS", "CLUSTER_REGISTRY_URLS", $"Where to listen, semicolon-separated (default {DefaultUrls}; port 0 picks a free one).");
    private static readonly Option<string?> Token = Opt("--token", "TOKEN", "CLUSTER_REGISTRY_TOKEN", "The admin's token for this start, every right (default: the one made at the data folder's first start, printed once, kept as a hash).");
    private static readonly Option<bool> NewAdminToken = new("--new-admin-token")
    {
        Description = "Make a new admin token, print it once and keep only its hash, replacing the stored one: for a token lost or leaked. Not with --token.",
    };

    private static readonly Option<string?> DataDir = Opt("--data-dir", "DIR", "CLUSTER_REGISTRY_DATA_DIR", $"The folder of the SQLite database, registry.db (default: {DefaultDataDirectory} in the working directory); made if missing, never overwritten.");
    private static readonly Option<string?> RateLimit = Opt("--rate-limit", "N", "CLUSTER_REGISTRY_RATE_LIMIT", "API requests per second per token before 429 (default 500).");
    private static readonly Option<string?> AuthFailureLimit = Opt("--auth-failure-limit", "N", "CLUSTER_REGISTRY_AUTH_FAILURE_LIMIT", "Failed authentications per client and minute before 429 (default 20).");
    private static readonly Option<string?> FaultRate = Opt("--fault-rate", "R", "CLUSTER_REGISTRY_FAULT_RATE", "Share of API requests, 0 to 1, that fail transiently on purpose, for demonstrations and tests (default 0).");
    private static readonly Option<string?> FaultKindsOption = Opt("--fault-kinds", "K,…", "CLUSTER_REGISTRY_FAULT_KINDS", $"How those requests fail, comma-separated: {Registry.FaultKinds.Names} (default: the classic four).");
    private static readonly Option<string?> FaultSeed = Opt("--fault-seed", "N", "CLUSTER_REGISTRY_FAULT_SEED", "Seed of the fault sequence, so a failing run can be repeated exactly (default: a random one, logged).");

    /// <summary>What the command line asked for: settings to run with, or help shown (exit 0).</summary>
    public sealed record Outcome(RegistrySettings? Settings, int? ExitCode);

    /// <summary>
    /// Parses <paramref name="args"/> (and the environment); writes help or an error to the writers and returns
    /// an exit code instead of settings when the registry is not to start.
    /// </summary>
    public static Outcome Parse(string[] args, TextWriter output, TextWriter error, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        var root = new RootCommand("cluster-registry: the reference registry of the cluster profile registry API (registry-api-v1): accounts and rights, the review workflow, every version kept, open export. Each option may come from its environment variable instead.")
        {
            Urls, Token, NewAdminToken, DataDir, RateLimit, AuthFailureLimit, FaultRate, FaultKindsOption, FaultSeed,
        };
        root.SetAction(_ => 0);
        var start = root.Action;
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            var first = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parse.Errors[0];
            error.WriteLine($"cluster-registry: {string.Join(' ', first.Message.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()))} (see 'cluster-registry --help')");
            return new Outcome(null, UsageError);
        }

        if (parse.Action != start) // --help or --version: print, do not start
        {
            return new Outcome(null, parse.Invoke(new InvocationConfiguration { Output = output, Error = error }));
        }

        try
        {
            return new Outcome(From(parse, environment ?? Environment.GetEnvironmentVariable), null);
        }
        catch (RegistryConfigurationException e)
        {
            error.WriteLine($"cluster-registry: {e.Message} (see 'cluster-registry --help')");
            return new Outcome(null, UsageError);
        }
    }

    /// <summary>Settings from <paramref name="args"/>, for hosts that start the registry in-process; a mistake throws <see cref="RegistryConfigurationException"/>.</summary>
    public static RegistrySettings ParseOrThrow(string[] args, Func<string, string?>? environment = null)
    {
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var outcome = Parse(args, TextWriter.Null, error, environment);
        // The message alone: a host in-process has no "cluster-registry --help" to point to.
        return outcome.Settings ?? throw new RegistryConfigurationException(error.ToString().Trim()
            .Replace("cluster-registry: ", string.Empty, StringComparison.Ordinal)
            .Replace(" (see 'cluster-registry --help')", string.Empty, StringComparison.Ordinal));
    }

    private static RegistrySettings From(ParseResult parse, Func<string, string?> environment)
    {
        string? Value(Option<string?> option) => parse.GetValue(option) ?? environment(EnvironmentVariable(option));

        var token = Value(Token);
        if (token is not null && string.IsNullOrWhiteSpace(token))
        {
            // Given but empty (an unset shell variable, say): refused rather than read as "no token".
            throw new RegistryConfigurationException("--token (or CLUSTER_REGISTRY_TOKEN) is empty; give a token, or neither to use the admin token stored in the data folder.");
        }

        var newAdminToken = parse.GetValue(NewAdminToken);
        if (newAdminToken && token is not null)
        {
            throw new RegistryConfigurationException("--new-admin-token makes the admin token, --token (or CLUSTER_REGISTRY_TOKEN) gives one: choose one.");
        }

        var dataDirectory = Value(DataDir) ?? DefaultDataDirectory;
        if (string.IsNullOrWhiteSpace(dataDirectory))
        {
            throw new RegistryConfigurationException($"--data-dir (or CLUSTER_REGISTRY_DATA_DIR) is empty; give a folder, or neither for {DefaultDataDirectory} in the working directory.");
        }

        var faultRate = 0.0;
        if (Value(FaultRate) is { } rate
            && (!double.TryParse(rate, NumberStyles.Float, CultureInfo.InvariantCulture, out faultRate) || faultRate is < 0 or > 1))
        {
            throw new RegistryConfigurationException($"--fault-rate must be a number from 0 to 1; '{rate}' is not.");
        }

        var faultKinds = Registry.FaultKinds.Classic;
        if (Value(FaultKindsOption) is { } kinds && !Registry.FaultKinds.TryParse(kinds, out faultKinds))
        {
            throw new RegistryConfigurationException($"--fault-kinds takes a comma-separated list of {Registry.FaultKinds.Names}; '{kinds}' is not.");
        }

        var faultSeed = Random.Shared.Next();
        if (Value(FaultSeed) is { } seed && !int.TryParse(seed, NumberStyles.Integer, CultureInfo.InvariantCulture, out faultSeed))
        {
            throw new RegistryConfigurationException($"--fault-seed must be a whole number; '{seed}' is not.");
        }

        return new RegistrySettings
        {
            Token = token,
            NewAdminToken = newAdminToken,
            DataDirectory = Path.GetFullPath(dataDirectory),
            Urls = Value(Urls) ?? DefaultUrls,
            FaultRate = faultRate,
            FaultKinds = faultKinds,
            FaultSeed = faultSeed,
            PermitsPerSecond = PositiveNumber(Value(RateLimit), "--rate-limit", 500),
            FailedAuthenticationsPerMinute = PositiveNumber(Value(AuthFailureLimit), "--auth-failure-limit", 20),
        };
    }

    private static int PositiveNumber(string? text, string option, int fallback)
    {
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new RegistryConfigurationException($"{option} must be a whole number above 0; '{text}' is not.");
    }

    private static Option<string?> Opt(string name, string helpName, string environmentVariable, string description)
    {
        var option = new Option<string?>(name) { HelpName = helpName, Description = $"{description} [env: {environmentVariable}]" };
        Variables[option] = environmentVariable;
        return option;
    }

    private static string EnvironmentVariable(Option option) => Variables[option];
}
