using System.Net;
using System.Text;
using Enf.ClusterProfiles.IntegrationTests.Sync;

namespace Enf.ClusterProfiles.IntegrationTests.Registry;

/// <summary>Tokens: never stored, never logged, not guessable by trying (registry-api-v1 revision 1.1).</summary>
public sealed class SecurityTests
{
    [Fact]
    public async Task No_issued_token_is_in_the_database_file_or_in_any_log_line()
    {
        var server = await RegistryServer.StartAsync();
        var tokens = new List<string> { RegistryServer.Token };
        IReadOnlyList<string> lines;
        try
        {
            using var calls = new RegistryCalls(server);
            tokens.Add(await calls.CreateAccountAsync("oulu", "manager", "arctic-water"));
            tokens.Add(await calls.CreateAccountAsync("council", "reviewer"));
            tokens.Add(await calls.CreateAccountAsync("leaving", "manager"));

            // Every kind of request, the failing ones too, so that every log path runs.
            await calls.CreateAsync(tokens[1], RegistryCalls.Profile("arctic-water"));
            await calls.SubmitAsync(tokens[1], "arctic-water");
            await calls.ReviewAsync(tokens[2], "arctic-water", "return", "Add the members.");
            await calls.ReviewAsync(tokens[2], "arctic-water", "return");
            await calls.GetAsync(tokens[1], "/api/v1/profiles/arctic-water/versions");
            await calls.GetAsync(tokens[3], "/api/v1/accounts");
            await calls.GetAsync(tokens[2], "/api/v1/export?status=returned");
            await calls.SendAsync(HttpMethod.Delete, "/api/v1/accounts/leaving", RegistryServer.Token);
            using var revoked = await calls.GetAsync(tokens[3], "/api/v1/profiles");
            Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
            Assert.DoesNotContain(tokens[3], await revoked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            await calls.SendAsync(HttpMethod.Put, "/api/v1/profiles/arctic-water", tokens[1], new StringContent("{ broken", Encoding.UTF8, "application/json"), ifMatch: "\"x\"");

            // The database file and its write-ahead log, as they are after every kind of write.
            AssertNoTokenIn(server.DataDirectory, tokens);
        }
        finally
        {
            lines = server.Logs.Lines;
            await server.DisposeAsync();
        }

        Assert.NotEmpty(lines);
        Assert.Contains(lines, l => l.Contains("Account oulu created", StringComparison.Ordinal));
        foreach (var token in tokens)
        {
            Assert.DoesNotContain(lines, line => line.Contains(token, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_hundred_wrong_tokens_in_a_row_end_in_429_with_Retry_After_and_the_right_token_waits_too()
    {
        await using var server = await RegistryServer.StartAsync();
        using var calls = new RegistryCalls(server);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;

        for (var i = 0; i < 100; i++)
        {
            last?.Dispose();
            last = await calls.GetAsync($"guess-{i:D3}-{Guid.NewGuid():N}", "/api/v1/profiles");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.True(statuses.Count(s => s == HttpStatusCode.Unauthorized) <= 20, $"{statuses.Count(s => s == HttpStatusCode.Unauthorized)} wrong tokens were checked");
        Assert.NotNull(last!.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        last.Dispose();

        // While the client is slowed down, no token is checked: guessing gets nothing from ignoring the 429s.
        using var right = await calls.GetAsync(RegistryServer.Token, "/api/v1/profiles");
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
    }

    [Fact]
    public async Task Issued_tokens_are_256_random_bits_in_base64url_and_differ()
    {
        await using var server = await RegistryServer.StartAsync();
        using var calls = new RegistryCalls(server);

        var first = await calls.CreateAccountAsync("first", "manager");
        var second = await calls.CreateAccountAsync("second", "manager");

        Assert.NotEqual(first, second);
        Assert.All(new[] { first, second }, token =>
        {
            Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
            Assert.Equal(32, System.Buffers.Text.Base64Url.DecodeFromChars(token).Length);
        });
    }

    private static void AssertNoTokenIn(string folder, IEnumerable<string> tokens)
    {
        var files = Directory.GetFiles(folder);
        Assert.Contains(files, f => f.EndsWith("registry.db", StringComparison.Ordinal));
        foreach (var file in files)
        {
            byte[] bytes;
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            {
                bytes = new byte[stream.Length];
                stream.ReadExactly(bytes);
            }

            foreach (var token in tokens)
            {
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(token)) < 0, $"{Path.GetFileName(file)} holds a token");
                Assert.True(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(token)) < 0, $"{Path.GetFileName(file)} holds a token (UTF-16)");
            }
        }
    }
}
