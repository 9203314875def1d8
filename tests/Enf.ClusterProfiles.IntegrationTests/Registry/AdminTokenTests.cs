using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Enf.ClusterProfiles.IntegrationTests.Registry;

/// <summary>
/// The registry starts with one command: without a token it makes the admin's at the data folder's first start,
/// prints it once and keeps only its hash; a token given with --token is the admin's for that start, as before.
/// Each test runs the registry's program as a process on 127.0.0.1 (a free port) with a fresh temporary data folder.
/// </summary>
public sealed partial class AdminTokenTests : IDisposable
{
    private readonly string data = Path.Combine(Directory.CreateTempSubdirectory("cluster-registry-admin-").FullName, "data");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(data)!, recursive: true);
    }

    private Task<RegistryProcess> StartAsync(params string[] arguments) =>
        RegistryProcess.StartAsync(["--urls", "http://127.0.0.1:0", "--data-dir", data, .. arguments]);

    /// <summary>The status of <c>GET /api/v1/me</c> with this token (none: no header), and the name it answers.</summary>
    private static async Task<(HttpStatusCode Status, string? Name)> MeAsync(RegistryProcess registry, string? token)
    {
        using var http = new HttpClient { BaseAddress = registry.Address, Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request);
        var name = response.IsSuccessStatusCode
            ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("name").GetString()
            : null;
        return (response.StatusCode, name);
    }

    private static int Occurrences(string text, string token) => Regex.Matches(text, Regex.Escape(token)).Count;

    private static string PrintedToken(string output) => Assert.Single(TokenLine().Matches(output)).Groups[1].Value;

    private byte[]? StoredHash()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "registry.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT token_hash FROM admin_token";
        return command.ExecuteScalar() as byte[];
    }

    [Fact]
    public async Task The_first_start_without_a_token_prints_a_new_admin_token_once_and_it_authenticates()
    {
        string token;
        await using (var registry = await StartAsync())
        {
            token = PrintedToken(registry.Output);
            Assert.Equal(1, Occurrences(registry.Output, token));
            Assert.Contains("shown this once", registry.Output, StringComparison.Ordinal);
            Assert.Contains("Authorization: Bearer <token>", registry.Output, StringComparison.Ordinal);
            Assert.Equal(32, Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + "=").Length); // 256 random bits, base64url

            Assert.Equal((HttpStatusCode.OK, "admin"), await MeAsync(registry, token));
            Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(registry, null)).Status);
            Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(registry, token[..^1])).Status);
        }

        // Only its SHA-256 is stored: no file of the data folder holds the token itself.
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(token)), StoredHash());
        foreach (var file in Directory.GetFiles(data))
        {
            Assert.DoesNotContain(token, Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_restart_with_the_same_data_folder_prints_no_token_and_the_first_one_still_works()
    {
        string token;
        await using (var first = await StartAsync())
        {
            token = PrintedToken(first.Output);
        }

        await using var again = await StartAsync();

        Assert.Empty(TokenLine().Matches(again.Output));
        Assert.Equal(0, Occurrences(again.Output, token));
        Assert.Contains("not shown again", again.Output, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, "admin"), await MeAsync(again, token));
        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(again, null)).Status);
    }

    [Fact]
    public async Task A_token_given_with_token_is_the_admin_as_before_and_nothing_is_made_or_printed()
    {
        await using (var registry = await StartAsync("--token", "my-secret"))
        {
            Assert.Empty(TokenLine().Matches(registry.Output));
            Assert.Contains("Admin token: the one given with --token or CLUSTER_REGISTRY_TOKEN, for this start only", registry.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("my-secret", registry.Output, StringComparison.Ordinal);
            Assert.Equal((HttpStatusCode.OK, "admin"), await MeAsync(registry, "my-secret"));
            Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(registry, "my-secre")).Status);
        }

        Assert.Null(StoredHash()); // a given token is never stored
    }

    [Fact]
    public async Task A_token_given_after_one_was_made_is_the_admin_for_that_start_and_the_made_one_returns_without_it()
    {
        string made;
        await using (var first = await StartAsync())
        {
            made = PrintedToken(first.Output);
        }

        await using (var given = await StartAsync("--token", "my-secret"))
        {
            Assert.Empty(TokenLine().Matches(given.Output));
            Assert.Equal((HttpStatusCode.OK, "admin"), await MeAsync(given, "my-secret"));
            Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(given, made)).Status); // one admin token at a time
        }

        await using var without = await StartAsync();
        Assert.Empty(TokenLine().Matches(without.Output));
        Assert.Equal((HttpStatusCode.OK, "admin"), await MeAsync(without, made));
        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(without, "my-secret")).Status);
    }

    [Fact]
    public async Task A_new_admin_token_replaces_a_lost_or_leaked_one_at_once_and_for_good()
    {
        string leaked;
        await using (var first = await StartAsync())
        {
            leaked = PrintedToken(first.Output);
        }

        string replacement;
        await using (var renewed = await StartAsync("--new-admin-token"))
        {
            replacement = PrintedToken(renewed.Output);
            Assert.NotEqual(leaked, replacement);
            Assert.Contains("replacing the stored one", renewed.Output, StringComparison.Ordinal);
            Assert.Equal((HttpStatusCode.OK, "admin"), await MeAsync(renewed, replacement));
            Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(renewed, leaked)).Status);
        }

        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(replacement)), StoredHash());
        await using var later = await StartAsync();
        Assert.Empty(TokenLine().Matches(later.Output));
        Assert.Equal((HttpStatusCode.OK, "admin"), await MeAsync(later, replacement));
        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(later, leaked)).Status);
    }

    [Fact]
    public async Task A_new_admin_token_and_a_given_one_at_once_are_refused_in_one_line()
    {
        var run = await RegistryProcess.RunAsync("--urls", "http://127.0.0.1:0", "--data-dir", data, "--token", "my-secret", "--new-admin-token");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("cluster-registry: --new-admin-token makes the admin token, --token (or CLUSTER_REGISTRY_TOKEN) gives one: choose one.", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(data)); // nothing made
    }

    [Fact]
    public async Task A_data_folder_that_cannot_be_made_is_one_line_that_names_it_and_exit_2()
    {
        var file = Path.Combine(Path.GetDirectoryName(data)!, "a-file");
        await File.WriteAllTextAsync(file, "not a folder");
        var folder = Path.Combine(file, "data");

        var run = await RegistryProcess.RunAsync("--urls", "http://127.0.0.1:0", "--data-dir", folder);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"cluster-registry: the data folder {folder} cannot be used", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error + run.Output, StringComparison.Ordinal); // no stack trace
        Assert.Empty(TokenLine().Matches(run.Output));
    }

    [Fact]
    public async Task A_file_in_the_data_folder_that_is_no_database_is_refused_and_kept_as_it_was()
    {
        Directory.CreateDirectory(data);
        var database = Path.Combine(data, "registry.db");
        await File.WriteAllTextAsync(database, "not a database, but someone's file");

        var run = await RegistryProcess.RunAsync("--urls", "http://127.0.0.1:0", "--data-dir", data);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"cluster-registry: the data folder {data} cannot be used", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error + run.Output, StringComparison.Ordinal);
        Assert.Equal("not a database, but someone's file", await File.ReadAllTextAsync(database));
    }

    [Fact]
    public async Task An_address_in_use_is_one_line_and_exit_2()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";

        var run = await RegistryProcess.RunAsync("--urls", url, "--data-dir", data, "--token", "my-secret");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("cluster-registry: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(url, run.Error, StringComparison.Ordinal);
        Assert.Contains("--urls", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error + run.Output, StringComparison.Ordinal);
    }

    // The printed token stands alone on its line, indented by four spaces.
    [GeneratedRegex(@"^ {4}([A-Za-z0-9_-]{43})\r?$", RegexOptions.Multiline)]
    private static partial Regex TokenLine();
}
