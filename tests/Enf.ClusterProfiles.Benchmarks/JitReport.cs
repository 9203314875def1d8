using System.Globalization;
using Microsoft.Diagnostics.Tracing;

namespace Enf.ClusterProfiles.Benchmarks;

/// <summary>
/// What a fresh process compiles just in time, from an EventPipe trace of the runtime's JIT events: methods
/// and JIT time grouped by namespace, and the slowest methods. Record a trace with
/// <c>DOTNET_EnableEventPipe=1 DOTNET_EventPipeOutputPath=t.nettrace DOTNET_EventPipeConfig=Microsoft-Windows-DotNETRuntime:0x18:5</c>
/// (JIT and loader events) and read it with <c>jit-report t.nettrace</c> (<c>measure.sh jit</c> does both for
/// <c>--version</c> and <c>check</c>).
/// </summary>
public static class JitReport
{
    public static void Run(string traceFile, int top)
    {
        var started = new Dictionary<long, double>();
        var assemblies = new List<string>();
        var methods = new List<(string Namespace, string Name, double Ms)>();
        using (var source = new EventPipeEventSource(traceFile))
        {
            source.Clr.LoaderAssemblyLoad += e => assemblies.Add(e.FullyQualifiedAssemblyName.Split(',')[0]);
            source.Clr.MethodJittingStarted += e => started[e.MethodID] = e.TimeStampRelativeMSec;
            source.Clr.MethodLoadVerbose += e =>
            {
                if (!started.Remove(e.MethodID, out var start))
                {
                    return; // not jitted (ReadyToRun code being restored, for one)
                }

                methods.Add((e.MethodNamespace, e.MethodName, e.TimeStampRelativeMSec - start));
            };
            source.Process();
        }

        string Group(string ns)
        {
            var generic = ns.IndexOf('[', StringComparison.Ordinal);
            var head = generic < 0 ? ns : ns[..generic];
            var parts = head.Split('.');
            return string.Join('.', parts.Take(Math.Min(parts.Length, 3)));
        }

        Console.WriteLine($"methods jitted: {methods.Count}, JIT time {Ms(methods.Sum(m => m.Ms))}");
        Console.WriteLine($"assemblies loaded ({assemblies.Count}): {string.Join(", ", assemblies)}");
        Console.WriteLine("| namespace | methods | JIT time |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var g in methods.GroupBy(m => Group(m.Namespace)).OrderByDescending(g => g.Sum(m => m.Ms)).Take(top))
        {
            Console.WriteLine($"| {g.Key} | {g.Count()} | {Ms(g.Sum(m => m.Ms))} |");
        }

        if (Environment.GetEnvironmentVariable("JIT_REPORT_FILTER") is { Length: > 0 } filter)
        {
            Console.WriteLine();
            Console.WriteLine($"| methods of {filter}, by type | methods | JIT time |");
            Console.WriteLine("|---|---:|---:|");
            foreach (var g in methods.Where(m => m.Namespace.StartsWith(filter, StringComparison.Ordinal))
                         .GroupBy(m => m.Namespace).OrderByDescending(g => g.Sum(m => m.Ms)).Take(top))
            {
                Console.WriteLine($"| {g.Key} | {g.Count()} | {Ms(g.Sum(m => m.Ms))} |");
            }
        }

        Console.WriteLine();
        Console.WriteLine("| slowest methods | JIT time |");
        Console.WriteLine("|---|---:|");
        foreach (var m in methods.OrderByDescending(m => m.Ms).Take(top))
        {
            var ns = m.Namespace.Length > 110 ? m.Namespace[..110] + "…" : m.Namespace;
            Console.WriteLine($"| {ns}::{m.Name} | {Ms(m.Ms)} |");
        }
    }

    private static string Ms(double ms) => ms.ToString("F1", CultureInfo.InvariantCulture) + " ms";
}
