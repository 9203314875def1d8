using Enf.ClusterProfiles.Portal;

// dotnet run --project src/Enf.ClusterProfiles.Portal [-- --urls URL] [--data-dir DIR] [--registry URL]
try
{
    await using var app = PortalApp.Build(args);
    await app.RunAsync();
    return 0;
}
catch (PortalConfigurationException e)
{
    await Console.Error.WriteLineAsync($"cluster-portal: {e.Message}");
    return 2;
}
