using System.Collections.Concurrent;
using Enf.ClusterProfiles.Registry;
using Enf.ClusterProfiles.Sync;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Enf.ClusterProfiles.IntegrationTests.Sync;

/// <summary>
/// The reference registry, started for real on 127.0.0.1 with a free port and SQLite in a temporary folder,
/// and stopped (and its folder removed) on dispose.
/// </summary>
public sealed class RegistryServer : IAsyncDisposable
{
    public const string Token = "test-token-5f2c9a7e41";

    private readonly WebApplication app;
    private readonly string dataDirectory;

    private RegistryServer(WebApplication app, string dataDirectory, Uri address)
    {
        this.app = app;
        this.dataDirectory = dataDirectory;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The folder of the registry's SQLite database.</summary>
    public string DataDirectory => dataDirectory;

    /// <summary>Every log line the registry wrote.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Starts a registry; <paramref name="dataDirectory"/> (removed on dispose) may hold a database already; with a fault rate, <paramref name="faultKinds"/> (default: the classic four) fail that share of requests in a sequence fixed by <paramref name="faultSeed"/>.</summary>
    public static async Task<RegistryServer> StartAsync(
        double faultRate = 0,
        int permitsPerSecond = 10_000,
        int authFailureLimit = 20,
        string? dataDirectory = null,
        TimeProvider? clock = null,
        string? faultKinds = null,
        int faultSeed = 20261125)
    {
        var data = dataDirectory ?? Directory.CreateTempSubdirectory("cluster-registry-").FullName;
        var logs = new CapturedLogs();
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        string[] faults = faultKinds is null ? [] : ["--fault-kinds", faultKinds];
        var app = RegistryApp.Build(
            [
                "--urls", "http://127.0.0.1:0", "--token", Token, "--data-dir", data, "--fault-rate", faultRate.ToString(invariant),
                "--fault-seed", faultSeed.ToString(invariant),
                "--rate-limit", permitsPerSecond.ToString(invariant), "--auth-failure-limit", authFailureLimit.ToString(invariant),
                .. faults,
            ],
            builder =>
            {
                builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
                if (clock is not null)
                {
                    builder.Services.AddSingleton(clock);
                }
            });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var server = new RegistryServer(app, data, address);
        server.Logs.Attach(logs);
        return server;
    }

    /// <summary>A plain client with the token, for contract tests that look at raw status codes.</summary>
    public HttpClient RawClient(string? token = Token)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>The library's client and sync engine, wired as an application would, with fast retries for tests.</summary>
    public ServiceProvider ClientServices(CapturedLogs? logs = null, RequestCounter? counter = null, Action<ClusterRegistryClientOptions>? configure = null, string token = Token, Func<DelegatingHandler>? innerHandler = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        var builder = services.AddClusterRegistryClient(o =>
        {
            o.BaseAddress = Address;
            o.Token = token;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            o.MaxRetryDelay = TimeSpan.FromMilliseconds(500);
            o.AttemptTimeout = TimeSpan.FromSeconds(1);
            o.MaxRetryAttempts = 12;
            configure?.Invoke(o);
        });
        if (counter is not null)
        {
            services.AddSingleton(counter);
            builder.AddHttpMessageHandler(provider => provider.GetRequiredService<RequestCounter>());
        }

        if (innerHandler is not null)
        {
            builder.AddHttpMessageHandler(innerHandler); // inside each try, like the network itself
        }

        return services.BuildServiceProvider(validateScopes: true);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }
}

/// <summary>Counts the requests a client sends (method and path).</summary>
public sealed class RequestCounter : DelegatingHandler
{
    private readonly ConcurrentQueue<string> requests = new();

    public IReadOnlyList<string> Requests => [.. requests];

    public void Clear() => requests.Clear();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        requests.Enqueue($"{request.Method} {request.RequestUri!.AbsolutePath}");
        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>A logger provider that keeps every line, with its exception, for searching.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();
    private CapturedLogs? inner;

    public IReadOnlyList<string> Lines => [.. lines, .. inner?.Lines ?? []];

    internal void Attach(CapturedLogs other) => inner = other;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            owner.lines.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
    }
}
