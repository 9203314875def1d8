using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Enf.ClusterProfiles.Registry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Enf.ClusterProfiles.Portal.Tests;

/// <summary>The reference registry started on its own (real Kestrel, 127.0.0.1, a free port, SQLite in a temporary folder), as an external registry.</summary>
public sealed class ReferenceRegistry : IAsyncDisposable
{
    public const string AdminToken = "portal-test-admin-7d41c2";

    private readonly WebApplication app;
    private readonly string dataDirectory;

    private ReferenceRegistry(WebApplication app, string dataDirectory)
    {
        this.app = app;
        this.dataDirectory = dataDirectory;
        Address = new Uri(app.Urls.Single());
    }

    public Uri Address { get; }

    public static async Task<ReferenceRegistry> StartAsync()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "portal-test-registry-" + Guid.NewGuid().ToString("N"));
        var app = RegistryApp.Build(
            new RegistrySettings { Token = AdminToken, DataDirectory = dataDirectory, Urls = "http://127.0.0.1:0" },
            builder => builder.Logging.ClearProviders());
        await app.StartAsync();
        return new ReferenceRegistry(app, dataDirectory);
    }

    /// <summary>A client of the registry with <paramref name="token"/>; every call has a deadline.</summary>
    public HttpClient Client(string token)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Creates an account through the registry's API (as its admin) and returns its token.</summary>
    public async Task<string> CreateAccountAsync(string name, string role)
    {
        using var admin = Client(AdminToken);
        using var response = await admin.PostAsJsonAsync("/api/v1/accounts", new { name, role });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("token").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a temporary folder left behind is not a test failure
        }
    }
}
