using System.Diagnostics;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.IntegrationTests.Console;

/// <summary>
/// The console as users get it: <c>dotnet pack</c> makes a tool package per platform (precompiled) behind the
/// tool's own package, <c>dotnet tool install</c> picks this machine's, and the installed command checks the
/// examples. Packed from a copy of the sources, so that the build the other tests run is left alone.
/// </summary>
[Collection(ToolPackage.Alone)]
public sealed partial class ToolPackageTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("cluster-profiles-tool-");

    [Fact]
    public async Task The_packed_tool_installs_for_this_platform_precompiled_and_checks_the_examples()
    {
        var rid = RuntimeInformation.RuntimeIdentifier;
        var sources = CopySources();
        var packages = Path.Combine(work.FullName, "packages");

        var pack = await RunAsync("dotnet", sources, "pack", "src/Enf.ClusterProfiles.Console", "-c", "Release", "-o", packages, $"-p:ToolPlatforms=\"{rid};any\"");
        Assert.True(pack.ExitCode == 0, pack.Output);
        var names = Directory.GetFiles(packages, "*.nupkg").Select(Path.GetFileName).Order().ToArray();
        var version = Assert.Single(names, n => PointerPackage().IsMatch(n!))![("Enf.ClusterProfiles.Console.".Length)..^".nupkg".Length]; // the package users name
        Assert.Contains($"Enf.ClusterProfiles.Console.{rid}.{version}.nupkg", names);
        Assert.Contains($"Enf.ClusterProfiles.Console.any.{version}.nupkg", names);

        // Only the folder just packed: nothing is fetched from anywhere else.
        var config = Path.Combine(work.FullName, "nuget.config");
        await File.WriteAllTextAsync(config, $"""<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><clear /><add key="local" value="{packages}" /></packageSources></configuration>""");
        var tools = Path.Combine(work.FullName, "tools");
        var install = await RunAsync("dotnet", work.FullName, "tool", "install", "--tool-path", tools, "--configfile", config, "Enf.ClusterProfiles.Console", "--version", version);
        Assert.True(install.ExitCode == 0, install.Output);

        var library = Directory.GetFiles(Path.Combine(tools, ".store"), "Enf.ClusterProfiles.dll", SearchOption.AllDirectories).Single();
        Assert.Contains(rid, library, StringComparison.Ordinal);
        using (var pe = new PEReader(File.OpenRead(library)))
        {
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, "the installed library is not precompiled (ReadyToRun)");
        }

        var check = await RunAsync(Path.Combine(tools, "cluster-profiles"), RepositoryFiles.Root, "check", "docs/examples", "--format", "json", "--today", "2026-11-25");
        Assert.Equal(1, check.ExitCode); // the examples include two deliberately broken profiles
        using var report = JsonDocument.Parse(check.StandardOutput);
        Assert.Equal(Directory.GetFiles(RepositoryFiles.PathOf("docs/examples"), "*.json").Length, report.RootElement.GetProperty("profiles").GetArrayLength());
    }

    public void Dispose() => work.Delete(recursive: true);

    // What a pack of the console needs: the sources, the build's shared files and the published schema.
    private string CopySources()
    {
        var target = Path.Combine(work.FullName, "repo");
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "NuGet.config", "BannedSymbols.txt", "global.json", ".editorconfig" })
        {
            var from = Path.Combine(RepositoryFiles.Root, file);
            if (File.Exists(from))
            {
                Directory.CreateDirectory(target);
                File.Copy(from, Path.Combine(target, file));
            }
        }

        Copy(Path.Combine(RepositoryFiles.Root, "src"), Path.Combine(target, "src"));
        Copy(Path.Combine(RepositoryFiles.Root, "schemas"), Path.Combine(target, "schemas"));
        return target;

        static void Copy(string from, string to)
        {
            foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            {
                Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
            }

            Directory.CreateDirectory(to);
            foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(from, file);
                // Build output, and the data folders a `dotnet run` of a service leaves in its project (live SQLite files).
                if (relative.Split(Path.DirectorySeparatorChar) is var parts
                    && parts.Any(part => part is "bin" or "obj" or "node_modules" or "TestResults" || part.EndsWith("-data", StringComparison.Ordinal)))
                {
                    continue;
                }

                File.Copy(file, Path.Combine(to, relative));
            }
        }
    }

    private sealed record Result(int ExitCode, string StandardOutput, string Output);

    private static async Task<Result> RunAsync(string command, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = directory };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var (exitCode, output, error) = await ConsoleRunner.RunProcessAsync(start, TimeSpan.FromMinutes(8));
        return new Result(exitCode, output, output + error);
    }

    [GeneratedRegex(@"^Enf\.ClusterProfiles\.Console\.[0-9][^a-z]*\.nupkg$")]
    private static partial Regex PointerPackage();
}

/// <summary>Packing compiles the console for a platform and takes both cores for a minute: it runs alone, after the
/// tests that run side by side, so that their deadlines are not spent waiting for it.</summary>
[CollectionDefinition(Alone, DisableParallelization = true)]
public sealed class ToolPackage
{
    public const string Alone = "tool package, alone";
}
