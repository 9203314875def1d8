using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.IntegrationTests.Registry;

/// <summary>
/// The registry's program (its built dll) as a process, as a user starts it: run to its end (help, a mistake), or
/// started until it listens on 127.0.0.1 and killed on dispose. The registry's own variables are removed from its
/// environment, so only the arguments count.
/// </summary>
internal sealed partial class RegistryProcess : IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    private RegistryProcess(Process process) => this.process = process;

    /// <summary>Where it listens (port 0 on the command line: the free port it picked).</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Its standard output so far.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Runs the registry to its end: its exit code and both outputs.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        using var process = Process.Start(StartInfo(arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>Starts the registry and waits until it says where it listens; give <c>--urls http://127.0.0.1:0</c>.</summary>
    public static async Task<RegistryProcess> StartAsync(params string[] arguments)
    {
        var registry = new RegistryProcess(Process.Start(StartInfo(arguments))!);
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        registry.process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                listening.TrySetException(new InvalidOperationException($"The registry stopped before it listened. Output:\n{registry.Output}\nErrors:\n{registry.Error()}"));
                return;
            }

            lock (registry.output)
            {
                registry.output.AppendLine(line.Data);
            }

            if (ListeningLine().Match(line.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        registry.process.ErrorDataReceived += (_, line) =>
        {
            lock (registry.error)
            {
                registry.error.AppendLine(line.Data);
            }
        };
        registry.process.BeginOutputReadLine();
        registry.process.BeginErrorReadLine();
        try
        {
            registry.Address = await listening.Task.WaitAsync(Deadline);
            return registry;
        }
        catch
        {
            await registry.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        using var timeout = new CancellationTokenSource(Deadline);
        await process.WaitForExitAsync(timeout.Token);
        process.Dispose();
    }

    private string Error()
    {
        lock (error)
        {
            return error.ToString();
        }
    }

    private static ProcessStartInfo StartInfo(string[] arguments)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(RepositoryFiles.Root, "src", "Enf.ClusterProfiles.Registry", "bin", configuration, "net10.0", "Enf.ClusterProfiles.Registry.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in start.Environment.Keys.Where(k => k.StartsWith("CLUSTER_REGISTRY_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(variable);
        }

        return start;
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
