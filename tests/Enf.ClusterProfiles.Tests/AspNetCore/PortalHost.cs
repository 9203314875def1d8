using Enf.ClusterProfiles.Configuration;
using Enf.ClusterProfiles.Tests.TestData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Enf.ClusterProfiles.Tests.AspNetCore;

/// <summary>A portal back end on ASP.NET Core's TestServer: the package's endpoints plus whatever a test maps.</summary>
public sealed class PortalHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private PortalHost(WebApplication app)
    {
        this.app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<PortalHost> StartAsync(
        Action<WebApplication>? map = null,
        Action<ClusterProfilesOptions>? configure = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(ClusterProfileBuilder.Clock());
        builder.Services.AddClusterProfiles(configure);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        if (map is null)
        {
            app.MapClusterProfiles("/cluster-profiles");
        }
        else
        {
            map(app);
        }

        await app.StartAsync();
        return new PortalHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
