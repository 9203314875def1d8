using Enf.ClusterProfiles.Console;

// cluster-profiles: see docs/console.md and the spec console-v1.md for commands, options and exit codes.
return await CliApplication.RunAsync(args, System.Console.Out, System.Console.Error);
