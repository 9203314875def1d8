using System.Diagnostics;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.IntegrationTests.Console;

/// <summary>Runs the built console as a process, the way a user does, and captures what it says.</summary>
public static class ConsoleRunner
{
    public static string ConsoleDll { get; } = FindConsole();

    public sealed record Run(int ExitCode, string Output, string Error);

    public static async Task<Run> RunAsync(string[] arguments, string? workingDirectory = null, IDictionary<string, string>? environment = null, string? input = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? RepositoryFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(ConsoleDll);
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

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"cluster-profiles {string.Join(' ', arguments)} did not finish in 3 minutes.");
        }

        return new Run(process.ExitCode, await output, await error);
    }

    private static string FindConsole()
    {
        // The tests' own folder says which configuration was built: bin/<Configuration>/net10.0/.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var path = Path.Combine(RepositoryFiles.Root, "src", "Enf.ClusterProfiles.Console", "bin", configuration, "net10.0", "Enf.ClusterProfiles.Console.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the console is not at " + path);
    }
}
