using System.Diagnostics;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.IntegrationTests.Console;

/// <summary>Runs the built console as a process, the way a user does, and captures what it says.</summary>
public static class ConsoleRunner
{
    public static string ConsoleDll { get; } = FindConsole();

    public sealed record Run(int ExitCode, string Output, string Error);

    /// <summary>Runs the built console (framework-dependent, through <c>dotnet exec</c>), or <paramref name="executable"/> (an installed tool) in its place.</summary>
    public static async Task<Run> RunAsync(string[] arguments, string? workingDirectory = null, IDictionary<string, string>? environment = null, string? input = null, string? executable = null)
    {
        var start = new ProcessStartInfo(executable ?? "dotnet")
        {
            WorkingDirectory = workingDirectory ?? RepositoryFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        if (executable is null)
        {
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(ConsoleDll);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["LANG"] = "en_GB.UTF-8";
        start.Environment["LC_ALL"] = "en_GB.UTF-8";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var (exitCode, output, error) = await RunProcessAsync(start, TimeSpan.FromMinutes(3), input);
        return new Run(exitCode, output, error);
    }

    /// <summary>Runs a process to its end with a deadline (killed with its children past it), feeding it <paramref name="input"/>.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunProcessAsync(ProcessStartInfo start, TimeSpan deadline, string? input = null)
    {
        start.RedirectStandardOutput = start.RedirectStandardError = start.RedirectStandardInput = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(); // read before writing: a large input must not wait on a full pipe
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish in {deadline.TotalMinutes:0} minutes.");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string FindConsole()
    {
        // The tests' own folder says which configuration was built: bin/<Configuration>/net10.0/.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var path = Path.Combine(RepositoryFiles.Root, "src", "Enf.ClusterProfiles.Console", "bin", configuration, "net10.0", "Enf.ClusterProfiles.Console.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the console is not at " + path);
    }
}
