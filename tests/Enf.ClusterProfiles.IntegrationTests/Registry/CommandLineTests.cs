using Enf.ClusterProfiles.Registry;

namespace Enf.ClusterProfiles.IntegrationTests.Registry;

/// <summary>The registry's command line behaves like a server's: help with every option and its variable, exit 2 on a mistake.</summary>
public sealed class CommandLineTests
{
    private static readonly string[] Options = ["--urls", "--token", "--data-dir", "--rate-limit", "--auth-failure-limit", "--fault-rate"];

    private static (RegistrySettings? Settings, int? ExitCode, string Output, string Error) Parse(string[] args, Dictionary<string, string>? environment = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var outcome = RegistryCommandLine.Parse(args, output, error, name => environment?.GetValueOrDefault(name));
        return (outcome.Settings, outcome.ExitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Help_lists_every_option_with_its_environment_variable_and_exits_0_as_a_process()
    {
        var run = await RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var option in Options)
        {
            var line = Assert.Single(run.Output.Split('\n'), l => l.TrimStart().StartsWith(option + " ", StringComparison.Ordinal));
            Assert.Matches(@"\[env: CLUSTER_REGISTRY_[A-Z_]+\]", line);
        }

        Assert.DoesNotContain("token is required", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_is_one_clear_line_and_exit_2_as_a_process()
    {
        var run = await RunAsync("--tokn", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--tokn", run.Error, StringComparison.Ordinal);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal); // no stack trace
    }

    [Theory]
    [InlineData(new[] { "--token", " " }, "--token (or CLUSTER_REGISTRY_TOKEN) is empty")]
    [InlineData(new[] { "--data-dir", "" }, "--data-dir (or CLUSTER_REGISTRY_DATA_DIR) is empty")]
    [InlineData(new[] { "--token", "t", "--data-dir", "d", "--fault-rate", "2" }, "--fault-rate must be a number from 0 to 1")]
    [InlineData(new[] { "--token", "t", "--data-dir", "d", "--rate-limit", "0" }, "--rate-limit must be a whole number above 0")]
    [InlineData(new[] { "--token", "t", "--data-dir", "d", "--auth-failure-limit", "many" }, "--auth-failure-limit must be a whole number above 0; 'many'")]
    [InlineData(new[] { "--token", "t", "--data-dir", "d", "extra" }, "Unrecognized command or argument 'extra'")]
    public void A_mistake_is_exit_2_with_a_message_that_says_what_to_give(string[] args, string message)
    {
        var (settings, exitCode, _, error) = Parse(args);

        Assert.Null(settings);
        Assert.Equal(2, exitCode);
        Assert.StartsWith("cluster-registry: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_arguments_start_on_the_documented_defaults_with_the_stored_admin_token()
    {
        var (settings, exitCode, _, error) = Parse([]);

        Assert.Null(exitCode);
        Assert.Empty(error);
        Assert.NotNull(settings);
        Assert.Null(settings.Token); // the admin token kept in the data folder, made at its first start
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "registry-data"), settings.DataDirectory);
        Assert.Equal("http://127.0.0.1:5080", settings.Urls);
    }

    [Fact]
    public void Every_option_may_come_from_its_environment_variable_and_the_option_wins()
    {
        var environment = new Dictionary<string, string>
        {
            ["CLUSTER_REGISTRY_TOKEN"] = "from-env",
            ["CLUSTER_REGISTRY_DATA_DIR"] = "/data",
            ["CLUSTER_REGISTRY_URLS"] = "http://127.0.0.1:6000",
            ["CLUSTER_REGISTRY_RATE_LIMIT"] = "7",
            ["CLUSTER_REGISTRY_AUTH_FAILURE_LIMIT"] = "9",
            ["CLUSTER_REGISTRY_FAULT_RATE"] = "0.25",
        };

        var fromEnvironment = Parse([], environment).Settings!;
        var optionWins = Parse(["--token", "from-option", "--rate-limit", "3"], environment).Settings!;

        Assert.Equal(("from-env", "/data", "http://127.0.0.1:6000", 7, 9, 0.25), (fromEnvironment.Token, fromEnvironment.DataDirectory, fromEnvironment.Urls, fromEnvironment.PermitsPerSecond, fromEnvironment.FailedAuthenticationsPerMinute, fromEnvironment.FaultRate));
        Assert.Equal(("from-option", 3), (optionWins.Token, optionWins.PermitsPerSecond));
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments) => RegistryProcess.RunAsync(arguments);
}
