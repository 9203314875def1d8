using System.Globalization;
using BenchmarkDotNet.Running;
using Enf.ClusterProfiles.Benchmarks;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Testing;

// dotnet run -c Release --project tests/Enf.ClusterProfiles.Benchmarks -- micro | generate N FILE | startup-phases FILE | jit-report TRACE [TOP] | cpu-report TRACE [FILTER] [TOP] | assess-loop SECONDS | micro-quick | rule-timing | rule-build today|per-rule|identity | xlsx-generate N FILE | xlsx-read miniexcel|openxml FILE | seed-registry N DIR | sync [N] [FAULT-RATE] [STALL-RATE] | web PORT PROFILE
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
    case "jit-report" when args.Length >= 2:
        JitReport.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30);
        return 0;
    case "cpu-report" when args.Length >= 2:
        CpuReport.Run(args[1], args.Length > 2 ? args[2] : "Enf.", args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 40);
        return 0;
    case "assess-loop" when args.Length == 2 && double.TryParse(args[1], CultureInfo.InvariantCulture, out var seconds):
        // The micro benchmark's "bytes to verdict" in a loop, for a sampling profiler (cpu-report).
        var loop = new SingleProfileBenchmarks();
        loop.Setup();
        var until = DateTime.UtcNow.AddSeconds(seconds);
        var rounds = 0;
        while (DateTime.UtcNow < until)
        {
            for (var i = 0; i < 1000; i++)
            {
                loop.BytesToVerdict();
            }

            rounds += 1000;
        }

        Console.WriteLine($"{rounds} assessments, {seconds * 1e6 / rounds:F2} µs each");
        return 0;
    case "rule-timing":
        RuleTiming.Run();
        return 0;
    case "micro-quick":
        // The micro benchmark's rows in turns, best of seven rounds each: a quick read while changing code
        // (BenchmarkDotNet's report is the one quoted).
        var quick = new SingleProfileBenchmarks();
        quick.Setup();
        var quickRows = new (string Name, Action Run)[]
        {
            ("floor", () => quick.DeserializeOnly()),
            ("AssessJson", () => quick.BytesToVerdict()),
            ("Parse", () => quick.ReadOnly()),
            ("Assess(model)", () => quick.AssessModel()),
            ("Assess(doc)", () => quick.AssessParsed()),
            ("locate", () => quick.Locate()),
            ("rules", () => quick.Rules()),
            ("rules+render", () => quick.Render()),
            ("states", () => quick.States()),
        };
        var best = quickRows.ToDictionary(r => r.Name, _ => double.MaxValue);
        var allocated = quickRows.ToDictionary(r => r.Name, _ => 0d);
        for (var round = 0; round < 7; round++)
        {
            foreach (var (name, run) in quickRows)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var watch = System.Diagnostics.Stopwatch.StartNew();
                for (var i = 0; i < 20_000; i++)
                {
                    run();
                }

                best[name] = Math.Min(best[name], watch.Elapsed.TotalMicroseconds / 20_000);
                allocated[name] = (GC.GetAllocatedBytesForCurrentThread() - before) / 20_000d;
            }
        }

        foreach (var (name, us) in best)
        {
            Console.WriteLine($"{name,-14} {us,7:F2} µs  {us / best["floor"],5:F2}×  {allocated[name],8:F0} B  {allocated[name] / allocated["floor"],5:F2}×");
        }

        return 0;
    case "rule-build" when args.Length == 2:
        return RuleBuildExperiment.Run(args[1]);
    case "xlsx-generate" when args.Length == 3 && int.TryParse(args[1], out var rows):
        XlsxMeasurement.Generate(rows, args[2]);
        return 0;
    case "xlsx-read" when args.Length == 3:
        var (read, cells) = args[1] == "openxml" ? XlsxMeasurement.ReadOpenXml(args[2]) : XlsxMeasurement.ReadMiniExcel(args[2]);
        Console.WriteLine($"{args[1]}: {read} rows, {cells} cells");
        return 0;
    case "seed-registry" when args.Length == 3 && int.TryParse(args[1], out var stored):
        // A registry database of N published profiles, for the export measurement in measure.sh.
        ExportMeasurement.Seed(stored, args[2]);
        return 0;
    case "sync":
        await SyncMeasurement.RunAsync(
            args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000,
            args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 0.1,
            args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 0.03);
        return 0;
    case "web" when args.Length == 3 && int.TryParse(args[1], out var port):
        await WebMeasurement.RunAsync(port, args[2]);
        return 0;
    default:
        Console.Error.WriteLine("usage: micro [BenchmarkDotNet options] | generate N FILE | startup-phases FILE | jit-report TRACE [TOP] | cpu-report TRACE [FILTER] [TOP] | assess-loop SECONDS | micro-quick | rule-timing | rule-build today|per-rule|identity | xlsx-generate N FILE | xlsx-read miniexcel|openxml FILE | seed-registry N DIR | sync [N] [FAULT-RATE] [STALL-RATE] | web PORT PROFILE");
        return 2;
}
