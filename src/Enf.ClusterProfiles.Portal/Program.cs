using Enf.ClusterProfiles.Portal;
using Enf.ClusterProfiles.Portal.Hosting;

// dotnet run --project src/Enf.ClusterProfiles.Portal [-- --urls URL] [--data-dir DIR] [--registry URL]
try
{
    await using var app = await PortalApp.BuildAsync(args);
    await app.RunAsync();
    return 0;
}
catch (PortalConfigurationException e)
{
    await Console.Error.WriteLineAsync($"cluster-portal: {e.Message}");
    return 2;
}
