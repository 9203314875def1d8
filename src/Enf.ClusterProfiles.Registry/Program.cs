using Enf.ClusterProfiles.Registry;

// dotnet run --project src/Enf.ClusterProfiles.Registry -- --urls URL --token TOKEN --data-dir DIR [--fault-rate R [--fault-kinds K,…] [--fault-seed N]]
try
{
    await using var app = RegistryApp.Build(args);
    await app.RunAsync();
    return 0;
}
catch (RegistryConfigurationException e)
{
    await Console.Error.WriteLineAsync($"cluster-registry: {e.Message}");
    return 2;
}
