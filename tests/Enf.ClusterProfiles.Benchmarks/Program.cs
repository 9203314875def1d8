using System.Globalization;
using BenchmarkDotNet.Running;
using Enf.ClusterProfiles.Benchmarks;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Testing;

// dotnet run -c Release --project tests/Enf.ClusterProfiles.Benchmarks -- micro | generate N FILE | startup-phases FILE | sync [N] [FAULT-RATE] | web PORT PROFILE
switch (args.FirstOrDefault())
{
    case "micro":
        BenchmarkRunner.Run<SingleProfileBenchmarks>(args: args[1..]);
        return 0;
    case "generate" when args.Length == 3 && int.TryParse(args[1], out var count):
        await using (var writer = new StreamWriter(args[2]))
        {
            foreach (var profile in ProfileFaker.Generate(count))
            {
                await writer.WriteLineAsync(ClusterProfileJson.Serialize(profile).ReplaceLineEndings(" "));
            }
        }

        return 0;
    case "startup-phases" when args.Length == 2:
        StartupPhases.Run(args[1]);
        return 0;
    case "sync":
        await SyncMeasurement.RunAsync(
            args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000,
            args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 0.1);
        return 0;
    case "web" when args.Length == 3 && int.TryParse(args[1], out var port):
        await WebMeasurement.RunAsync(port, args[2]);
        return 0;
    default:
        Console.Error.WriteLine("usage: micro [BenchmarkDotNet options] | generate N FILE | startup-phases FILE | sync [N] [FAULT-RATE] | web PORT PROFILE");
        return 2;
}
