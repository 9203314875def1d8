using System.Diagnostics;
using System.Globalization;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Json;

namespace Enf.ClusterProfiles.Benchmarks;

/// <summary>
/// Where a fresh process spends its first milliseconds on the way to a verdict: each step's first use, timed
/// with a stopwatch in the order the console meets them. Run it in a new process each time (first uses only
/// happen once): <c>Enf.ClusterProfiles.Benchmarks startup-phases FILE</c>. The processor time of the process
/// (JIT threads included) is shown beside the wall time: on a shared machine the wall time also counts waiting.
/// </summary>
public static class StartupPhases
{
    public static void Run(string file)
    {
        var process = Process.GetCurrentProcess();
        var watch = Stopwatch.StartNew();
        var rows = new List<(string Step, double Ms, double CpuMs)>();
        void Step(string name, Action action)
        {
            process.Refresh();
            var start = watch.Elapsed.TotalMilliseconds;
            var cpu = process.TotalProcessorTime.TotalMilliseconds;
            action();
            process.Refresh();
            rows.Add((name, watch.Elapsed.TotalMilliseconds - start, process.TotalProcessorTime.TotalMilliseconds - cpu));
        }

        var bytes = File.ReadAllBytes(file);
        FieldCatalog? catalog = null;
        ProfileAssessor? assessor = null;
        ProfileDocument? document = null;
        Step("field catalogue (FieldCatalog.Version1)", () => catalog = FieldCatalog.Version1);
        Step("assessor: options, catalogue, validator", () => assessor = new ProfileAssessor());
        Step("first read (ProfileDocument.Parse)", () => document = ProfileDocument.Parse(bytes, file));
        Step("first assessment (Assess)", () => assessor!.Assess(document!, CultureInfo.GetCultureInfo("en")));
        Step("second read and assessment", () => assessor!.Assess(ProfileDocument.Parse(bytes, file), CultureInfo.GetCultureInfo("en")));
        Step("first assessment in Finnish", () => assessor!.Assess(document!, CultureInfo.GetCultureInfo("fi")));

        Console.WriteLine("| step | wall | processor |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (step, ms, cpuMs) in rows)
        {
            Console.WriteLine($"| {step} | {Ms(ms)} | {Ms(cpuMs)} |");
        }

        Console.WriteLine($"| total of the steps | {Ms(rows.Sum(r => r.Ms))} | {Ms(rows.Sum(r => r.CpuMs))} |");
        process.Refresh();
        Console.WriteLine($"peak working set: {process.PeakWorkingSet64 / 1024 / 1024} MB");
    }

    private static string Ms(double ms) => ms.ToString("F1", CultureInfo.InvariantCulture) + " ms";
}
