using System.Security.Cryptography;
using Enf.ClusterProfiles.Registry;
using Microsoft.Data.Sqlite;

namespace Enf.ClusterProfiles.Portal.Registry;

/// <summary>
/// The reference registry (src/Enf.ClusterProfiles.Registry), started in the portal's process when no
/// <c>--registry</c> is given: on 127.0.0.1 and a free port, SQLite under the portal's data folder, with an admin
/// token made for this start. The portal talks to it over HTTP like to any other registry; it stops with the portal.
/// </summary>
internal sealed class InProcessRegistry : IHostedService, IAsyncDisposable
{
    private readonly WebApplication app;
    private int disposed;

    private InProcessRegistry(WebApplication app, Uri address, string adminToken)
    {
        this.app = app;
        Address = address;
        AdminToken = adminToken;
    }

    public Uri Address { get; }

    /// <summary>The start-up token: the registry's admin for as long as this process runs; never stored, never logged.</summary>
    public string AdminToken { get; }

    /// <summary>Failed sign-ins a minute the in-process registry takes from the portal before it answers 429.</summary>
    public const int RelayedFailedAuthenticationsPerMinute = 1000;

    /// <summary>Starts the registry (asynchronously: the portal awaits it before it builds, since it needs the address).</summary>
    public static async Task<InProcessRegistry> StartNewAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var token = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var app = RegistryApp.Build(
            new RegistrySettings
            {
                Token = token,
                DataDirectory = dataDirectory,
                Urls = "http://127.0.0.1:0",

                // Every person's sign-in reaches this registry from the portal's one address, so the per-address
                // throttle (20 a minute) would lock everyone out after a few people mistyped their tokens.
                FailedAuthenticationsPerMinute = RelayedFailedAuthenticationsPerMinute,
            },
            builder =>
            {
                // The portal's output stays the portal's: the registry reports only warnings and errors.
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
                builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
            });
        try
        {
            await app.StartAsync(cancellationToken);
            return new InProcessRegistry(app, new Uri(app.Urls.Single()), token);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask; // started before the portal, which needs its address

    public Task StopAsync(CancellationToken cancellationToken) => app.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await app.DisposeAsync();
        SqliteConnection.ClearAllPools(); // the database file is closed when the portal stops
    }
}
