using Enf.ClusterProfiles.Registry;

// dotnet run --project src/Enf.ClusterProfiles.Registry -- --help
var command = RegistryCommandLine.Parse(args, Console.Out, Console.Error);
if (command.Settings is null)
{
    return command.ExitCode ?? RegistryCommandLine.UsageError;
}

try
{
    await using var app = RegistryApp.Build(command.Settings);
    await app.RunAsync();
    return 0;
}
catch (RegistryConfigurationException e)
{
    await Console.Error.WriteLineAsync($"cluster-registry: {e.Message}");
    return RegistryCommandLine.UsageError;
}
