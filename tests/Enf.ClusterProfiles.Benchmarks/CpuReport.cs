using System.Globalization;
using Microsoft.Diagnostics.Tracing.Etlx;

namespace Enf.ClusterProfiles.Benchmarks;

/// <summary>
/// Where a fresh process spends its processor time, from an EventPipe trace with the runtime's sample profiler:
/// inclusive samples per method whose name contains a filter (the project's own by default), so a start-up step
/// shows with everything it calls. Record with
/// <c>DOTNET_EnableEventPipe=1 DOTNET_EventPipeOutputPath=t.nettrace DOTNET_EventPipeConfig=Microsoft-DotNETCore-SampleProfiler:0:5,Microsoft-Windows-DotNETRuntime:0x14C14FCCBD:5</c>
/// and read with <c>cpu-report t.nettrace [FILTER] [TOP]</c>.
/// </summary>
public static class CpuReport
{
    public static void Run(string traceFile, string filter, int top)
    {
        // TraceEvent resolves stacks through an .etlx file of its own: made in the temp folder, deleted after.
        var etlx = TraceLog.CreateFromEventPipeDataFile(traceFile, Path.Combine(Path.GetTempPath(), $"cpu-report-{Environment.ProcessId}.etlx"));
        try
        {
            Report(etlx, filter, top);
        }
        finally
        {
            File.Delete(etlx);
        }
    }

    private static void Report(string etlx, string filter, int top)
    {
        // "under:NAME" counts every method in the samples whose stack holds a method named NAME.
        var under = filter.StartsWith("under:", StringComparison.Ordinal) ? filter["under:".Length..] : null;
        using var log = new TraceLog(etlx);
        var inclusive = new Dictionary<string, int>();
        var exclusive = new Dictionary<string, int>();
        var samples = 0;
        foreach (var e in log.Events)
        {
            if (e.ProviderName != "Microsoft-DotNETCore-SampleProfiler" || e.CallStack() is not { } stack)
            {
                continue;
            }

            if (under is not null && !OnStack(stack, under))
            {
                continue;
            }

            samples++;
            var seen = new HashSet<string>();
            var first = true;
            for (var frame = stack; frame is not null; frame = frame.Caller)
            {
                var name = frame.CodeAddress.FullMethodName;
                if (string.IsNullOrEmpty(name))
                {
                    name = "?" + frame.CodeAddress.ModuleName;
                }

                if (first)
                {
                    exclusive[name] = exclusive.GetValueOrDefault(name) + 1;
                    first = false;
                }

                if ((under is not null || name.Contains(filter, StringComparison.Ordinal)) && seen.Add(name))
                {
                    inclusive[name] = inclusive.GetValueOrDefault(name) + 1;
                }
            }
        }

        Console.WriteLine($"samples (all threads, about 1 ms each): {samples}");
        Console.WriteLine($"| inclusive, methods containing '{filter}' | samples |");
        Console.WriteLine("|---|---:|");
        foreach (var (name, count) in inclusive.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine($"| {Short(name)} | {count} |");
        }

        Console.WriteLine();
        Console.WriteLine("| exclusive | samples |");
        Console.WriteLine("|---|---:|");
        foreach (var (name, count) in exclusive.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine($"| {Short(name)} | {count} |");
        }
    }

    private static bool OnStack(Microsoft.Diagnostics.Tracing.Etlx.TraceCallStack? stack, string name)
    {
        for (; stack is not null; stack = stack.Caller)
        {
            if (stack.CodeAddress.FullMethodName?.Contains(name, StringComparison.Ordinal) == true)
            {
                return true;
            }
        }

        return false;
    }

    private static string Short(string name) => name.Length > 150 ? name[..150] + "…" : name;
}
