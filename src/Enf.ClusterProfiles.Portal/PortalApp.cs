using System.Globalization;
using Enf.ClusterProfiles.Portal.Hosting;
using Enf.ClusterProfiles.Portal.Registry;

namespace Enf.ClusterProfiles.Portal;

/// <summary>
/// Builds the portal: its settings (<see cref="PortalOptions"/>, checked first), the registry it talks to (started in
/// this process when none is given), its services (<see cref="Microsoft.Extensions.DependencyInjection.PortalServiceCollectionExtensions"/>)
/// and middleware (<see cref="PortalPipeline"/>); then checks the registry and, in-process, makes the demo accounts.
/// </summary>
public static class PortalApp
{
    public const string DefaultUrl = "http://127.0.0.1:5090";

    public static readonly CultureInfo[] Cultures = [new("fi"), new("sv"), new("en")];

    /// <param name="args">The command line.</param>
    /// <param name="configure">Changes to the builder (tests: logging).</param>
    /// <param name="demoCredentials">Where the demo accounts' tokens are shown at the first start: the standard output by default; never the log.</param>
    /// <param name="cancellationToken">Stops the start.</param>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null, TextWriter? demoCredentials = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(PortalApp).Assembly.GetName().Name, // the pages live here, also when a test hosts the portal
        });
        // Each registry call is not news: the client's requests and retries report only warnings and failures.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        configure?.Invoke(builder);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var options = PortalOptions.From(builder.Configuration);
        if (new PortalOptionsValidator().Validate(null, options) is { Failed: true } invalid)
        {
            throw new PortalConfigurationException(invalid.FailureMessage);
        }

        var inProcess = options.RegistryUrl is null ? await InProcessRegistry.StartNewAsync(Path.Combine(options.DataDirectory, "registry"), cancellationToken) : null;
        WebApplication? app = null;
        try
        {
            if (inProcess is not null)
            {
                builder.Services.AddSingleton(_ => inProcess); // made by a factory, so the container disposes it with the portal
                builder.Services.AddHostedService(sp => sp.GetRequiredService<InProcessRegistry>());
            }

            builder.Services.AddPortal(options, options.RegistryUrl ?? inProcess!.Address, options.Token ?? inProcess!.AdminToken);
            app = builder.Build();
            PortalPipeline.Use(app);
            _ = app.Services.GetService<InProcessRegistry>(); // resolved now: disposed with the portal even if it never starts
            await PortalStartup.ConnectAsync(app.Services, options, inProcess, demoCredentials ?? Console.Out, cancellationToken);
            return app;
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
            else if (inProcess is not null)
            {
                await inProcess.DisposeAsync();
            }

            throw;
        }
    }
}
