using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Portal.Registry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Enf.ClusterProfiles.Portal.Tests;

/// <summary>A portal on a real Kestrel port on the loopback, with its own temporary data folder, stopped and removed after the test.</summary>
public sealed class PortalServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string dataDirectory;

    private PortalServer(WebApplication app, string dataDirectory, string address)
    {
        this.app = app;
        this.dataDirectory = dataDirectory;
        Address = address.TrimEnd('/');
        Accounts = app.Services.GetRequiredService<DemoAccounts>();
    }

    public string Address { get; }

    public DemoAccounts Accounts { get; }

    public string Token(string account) => Accounts.Account(account).Token;

    /// <summary>The portal's assessor (its catalogue names the fields in each language).</summary>
    public ProfileAssessor Assessor => app.Services.GetRequiredService<ProfileAssessor>();

    /// <summary>The portal's registry acting as a demo account, as a page does for the signed-in person.</summary>
    public IPortalRegistry RegistryAs(string account) => app.Services.GetRequiredService<PortalRegistries>().As(Token(account));

    /// <summary>A portal with the in-process registry, or with <paramref name="arguments"/> such as <c>--registry URL --token T</c>.</summary>
    public static Task<PortalServer> StartAsync(params string[] arguments) => StartAsync(null, null, arguments);

    /// <summary>
    /// A portal as <see cref="StartAsync(string[])"/>, with <paramref name="configure"/> applied after the tests' quiet
    /// logging, and the demo accounts' tokens written to <paramref name="credentials"/> (else nowhere).
    /// </summary>
    public static async Task<PortalServer> StartAsync(Action<WebApplicationBuilder>? configure, TextWriter? credentials, params string[] arguments)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "portal-test-" + Guid.NewGuid().ToString("N"));
        var app = await PortalApp.BuildAsync(["--urls", "http://127.0.0.1:0", "--data-dir", dataDirectory, .. arguments], builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddFilter(level => level >= LogLevel.Warning);
            configure?.Invoke(builder);
        }, demoCredentials: credentials ?? TextWriter.Null);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new PortalServer(app, dataDirectory, address);
    }

    /// <summary>The in-process registry's admin token for this run (the portal's own token).</summary>
    public string AdminToken => app.Services.GetRequiredService<InProcessRegistry>().AdminToken;

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
