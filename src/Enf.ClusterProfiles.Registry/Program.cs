using Enf.ClusterProfiles.Registry;

// dotnet run --project src/Enf.ClusterProfiles.Registry [-- --help]
var command = RegistryCommandLine.Parse(args, Console.Out, Console.Error);
if (command.Settings is null)
{
    return command.ExitCode ?? RegistryCommandLine.UsageError;
}

var settings = command.Settings;
try
{
    await using var app = RegistryApp.Build(settings, builder =>
        // A start that fails (the address in use) is reported below in one line, not logged with its stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None));

    // Shown before the start, so that a start that fails does not lose a token already stored (as a hash).
    if (RegistryApp.CreatedAdminToken(app) is { } token)
    {
        Console.WriteLine(settings.NewAdminToken
            ? $"New admin token for this data folder ({settings.DataDirectory}), replacing the stored one; shown this once, the registry keeps only its SHA-256:"
            : $"Admin token, made at the first start with this data folder ({settings.DataDirectory}); shown this once, the registry keeps only its SHA-256:");
        Console.WriteLine();
        Console.WriteLine($"    {token}");
        Console.WriteLine();
        Console.WriteLine("Send it as 'Authorization: Bearer <token>' (sync and the portal read it from CLUSTER_REGISTRY_TOKEN). A token given with --token is the admin's instead, for that start.");
    }
    else if (settings.Token is null)
    {
        Console.WriteLine($"Admin token: the one shown at the first start with this data folder ({settings.DataDirectory}); it is not shown again. Lost or leaked? Start once with --new-admin-token for a new one.");
    }
    else
    {
        // Said, because CLUSTER_REGISTRY_TOKEN is also what sync reads: a shell that set it for sync gives it here too.
        Console.WriteLine("Admin token: the one given with --token or CLUSTER_REGISTRY_TOKEN, for this start only; a token stored in the data folder is refused until a start without one.");
    }

    try
    {
        await app.StartAsync();
    }
    catch (IOException e)
    {
        await Console.Error.WriteLineAsync($"cluster-registry: {e.Message.TrimEnd('.')}; choose another address with --urls (port 0 picks a free one).");
        return RegistryCommandLine.UsageError;
    }

    await app.WaitForShutdownAsync();
    return 0;
}
catch (RegistryConfigurationException e)
{
    await Console.Error.WriteLineAsync($"cluster-registry: {e.Message}");
    return RegistryCommandLine.UsageError;
}
