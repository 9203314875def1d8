using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enf.ClusterProfiles.IntegrationTests.Sync;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.IntegrationTests.Console;

/// <summary>
/// The console as users get it: <c>dotnet pack</c> makes a tool package per platform behind the tool's own package
/// (this machine's compiled natively), <c>dotnet tool install</c> picks this machine's, and the installed command
/// says exactly what the framework-dependent build the other tests run says, for every command, language and format.
/// </summary>
[Collection(ToolPackage.Alone)]
public sealed partial class ToolPackageTests(InstalledTool tool)
{
    // Relative to the repository's root, where both runs start: the command lines are split at spaces.
    private const string Examples = "docs/examples";
    private const string JsonCorpus = "tests/Enf.ClusterProfiles.Tests/Json/Corpus";
    private const string BulkCorpus = "tests/Enf.ClusterProfiles.Tests/Bulk/Corpus";

    [Fact]
    public void The_pack_makes_the_tools_own_package_this_platforms_and_a_plain_one()
    {
        Assert.Contains($"Enf.ClusterProfiles.Console.{tool.Version}.nupkg", tool.Packages);
        Assert.Contains($"Enf.ClusterProfiles.Console.{tool.Rid}.{tool.Version}.nupkg", tool.Packages);
        Assert.Contains($"Enf.ClusterProfiles.Console.any.{tool.Version}.nupkg", tool.Packages);
    }

    [Fact]
    public async Task Without_native_compiling_this_platforms_package_is_precompiled_and_a_pack_without_it_says_so()
    {
        var output = tool.NewFolder("packages-ready-to-run");
        var pack = await tool.PackAsync(output, $"-p:ToolPlatforms=\"{tool.Rid};any\"", "-p:ToolNativeAot=false");
        Assert.True(pack.ExitCode == 0, pack.Output);
        Assert.DoesNotContain("no package is compiled natively", pack.Output, StringComparison.Ordinal); // asked for

        using (var archive = ZipFile.OpenRead(Path.Combine(output, $"Enf.ClusterProfiles.Console.{tool.Rid}.{tool.Version}.nupkg")))
        {
            Assert.Contains(archive.Entries, e => e.Name == "Enf.ClusterProfiles.Console.dll"); // managed, not compiled natively
            using var library = new MemoryStream();
            using (var entry = archive.Entries.Single(e => e.Name == "Enf.ClusterProfiles.dll").Open())
            {
                await entry.CopyToAsync(library);
            }

            library.Position = 0;
            using var pe = new PEReader(library);
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, "the library is not precompiled (ReadyToRun)");
        }

        // A pack whose platforms leave this machine's out says that no package is native.
        var plain = await tool.PackAsync(tool.NewFolder("packages-plain"), "-p:ToolPlatforms=any");
        Assert.True(plain.ExitCode == 0, plain.Output);
        Assert.Contains($"no package is compiled natively: this machine's platform ({tool.Rid}) is not in ToolPlatforms (any)", plain.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_installed_tool_has_the_version_it_was_packed_with()
    {
        // The build's version carries the commit; a pack from copied sources (no repository) has the version alone.
        var installed = await ConsoleRunner.RunAsync(["--version"], executable: tool.Command);
        var built = await ConsoleRunner.RunAsync(["--version"]);
        Assert.Equal(0, installed.ExitCode);
        Assert.Equal(tool.Version, installed.Output.Trim());
        Assert.StartsWith(tool.Version, built.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void This_platforms_package_is_installed_compiled_natively_without_debug_files()
    {
        // The installed package's folder of the program (tools/<framework or any>/<platform>/).
        var program = OperatingSystem.IsWindows() ? "Enf.ClusterProfiles.Console.exe" : "Enf.ClusterProfiles.Console";
        var executable = Assert.Single(Directory.GetFiles(Path.Combine(tool.Folder, ".store"), program, SearchOption.AllDirectories));
        Assert.Contains($"{Path.DirectorySeparatorChar}{tool.Rid}{Path.DirectorySeparatorChar}", executable, StringComparison.Ordinal);
        var folder = Path.GetDirectoryName(executable)!;

        // Native AOT: one executable of the platform's own format and no managed assemblies beside it.
        Span<byte> magic = stackalloc byte[4];
        using (var file = File.OpenRead(executable))
        {
            file.ReadExactly(magic);
        }

        if (OperatingSystem.IsLinux())
        {
            Assert.True(magic.SequenceEqual("\u007fELF"u8), "the installed command is not a native ELF executable");
        }
        else if (OperatingSystem.IsMacOS())
        {
            Assert.True(magic.SequenceEqual(new byte[] { 0xCF, 0xFA, 0xED, 0xFE }), "the installed command is not a native Mach-O executable");
        }

        Assert.Empty(Directory.GetFiles(folder, "*.dll", SearchOption.AllDirectories));
        Assert.Empty(new[] { "*.dbg", "*.pdb", "Enf.*.xml", "*.deps.json" }.SelectMany(pattern => Directory.GetFiles(folder, pattern)));
    }

    public static TheoryData<string> CommandLines()
    {
        var lines = new TheoryData<string>();
        foreach (var language in new[] { "en", "fi", "sv" })
        {
            foreach (var format in new[] { "json", "table", "markdown" })
            {
                lines.Add($"check {Examples} --format {format} --lang {language} --today 2026-11-25");
            }

            foreach (var format in new[] { "table", "markdown", "html", "json" })
            {
                lines.Add($"report {Examples} --format {format} --lang {language} --today 2026-11-25");
            }

            foreach (var format in new[] { "table", "json", "markdown" })
            {
                lines.Add($"fields --format {format} --lang {language}");
            }

            lines.Add($"init --lang {language} --today 2026-11-25");
            lines.Add($"check {BulkCorpus} --format json --lang {language} --today 2026-11-25");
            lines.Add($"check {JsonCorpus} --format json --lang {language} --today 2026-11-25");
        }

        lines.Add($"check {Examples} --max-issues 1 --format json --today 2026-11-25");
        lines.Add("schema");
        lines.Add("--help");
        lines.Add("check --help");
        lines.Add("sync --help");
        lines.Add("check --no-such-option");
        lines.Add("check /no/such/folder/profile.json");
        lines.Add("report docs/examples --format xlsx"); // needs -o
        return lines;
    }

    [Theory]
    [MemberData(nameof(CommandLines))]
    public async Task The_installed_tool_says_what_the_framework_dependent_build_says(string commandLine)
    {
        string[] arguments = commandLine.Split(' ');
        var installed = await ConsoleRunner.RunAsync(arguments, executable: tool.Command);
        var built = await ConsoleRunner.RunAsync(arguments);

        Assert.Equal(built.ExitCode, installed.ExitCode);
        Assert.Equal(built.Output, installed.Output);
        Assert.Equal(built.Error, installed.Error);

        // Compared something, and a run that failed the same way in both is not taken for agreement.
        Assert.NotEqual(string.Empty, built.Output + built.Error);
        Assert.InRange(built.ExitCode, 0, 2);
        Assert.DoesNotContain("Unhandled exception", built.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("init", "--format", "xlsx", "--lang", "fi", "--today", "2026-11-25")]
    [InlineData("report", "{examples}", "--format", "xlsx", "--lang", "sv", "--today", "2026-11-25")]
    public async Task The_installed_tool_writes_the_workbook_the_framework_dependent_build_writes(params string[] arguments)
    {
        arguments = [.. arguments.Select(a => a == "{examples}" ? Examples : a)];
        using var folder = new TemporaryFolder();
        var fromInstalled = Path.Combine(folder.Path, "installed.xlsx");
        var fromBuilt = Path.Combine(folder.Path, "built.xlsx");

        var installed = await ConsoleRunner.RunAsync([.. arguments, "-o", fromInstalled], executable: tool.Command);
        var built = await ConsoleRunner.RunAsync([.. arguments, "-o", fromBuilt]);

        Assert.True(File.Exists(fromInstalled), installed.Error);
        Assert.Equal(built.ExitCode, installed.ExitCode);
        Assert.Equal(WorkbookText(fromBuilt), WorkbookText(fromInstalled));

        // And the installed tool reads back the workbook it wrote as the build does.
        if (arguments[0] == "init")
        {
            var readByInstalled = await ConsoleRunner.RunAsync(["check", fromInstalled, "--format", "json", "--today", "2026-11-25"], executable: tool.Command);
            var readByBuilt = await ConsoleRunner.RunAsync(["check", fromInstalled, "--format", "json", "--today", "2026-11-25"]);
            Assert.Equal(readByBuilt.Output, readByInstalled.Output);
            Assert.Equal(readByBuilt.ExitCode, readByInstalled.ExitCode);
        }
    }

    [Fact]
    public async Task The_installed_tool_syncs_with_a_real_registry()
    {
        await using var registry = await RegistryServer.StartAsync(faultRate: 0.2, faultSeed: 20261126);
        using var folder = new TemporaryFolder();
        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf(Examples), "*.json"))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }

        var environment = new Dictionary<string, string> { ["CLUSTER_REGISTRY_TOKEN"] = RegistryServer.Token };
        string[] arguments = ["sync", folder.Path, "--registry", registry.Address.ToString(), "--format", "json", "--attempt-timeout", "5"];

        var first = await ConsoleRunner.RunAsync(arguments, environment: environment, executable: tool.Command);
        Assert.True(first.ExitCode == 1, first.Error); // the two broken examples stay local
        Assert.Equal(["create", "create", "create", "create", "create", "create", "invalid", "invalid"], Actions(first.Output));

        var second = await ConsoleRunner.RunAsync(arguments, environment: environment, executable: tool.Command);
        Assert.Equal(["invalid", "invalid", "skip", "skip", "skip", "skip", "skip", "skip"], Actions(second.Output));

        static string[] Actions(string output)
        {
            using var document = JsonDocument.Parse(output);
            return [.. document.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("action").GetString()!).Order(StringComparer.Ordinal)];
        }
    }

    // A workbook's parts as text, with the relationship ids (random in each file the OpenXML SDK writes) left out.
    private static string WorkbookText(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        var text = new StringBuilder();
        foreach (var entry in archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(entry.FullName).Append('\n').Append(RelationshipId().Replace(reader.ReadToEnd(), "Id=\"R\"")).Append('\n');
        }

        return text.ToString();
    }

    [GeneratedRegex("""(?<=\b(?:r:)?[Ii]d=")R[0-9a-f]+(?=")""")]
    private static partial Regex RelationshipId();

    private sealed class TemporaryFolder : IDisposable
    {
        private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("cluster-profiles-tool-run-");

        public string Path => directory.FullName;

        public void Dispose() => directory.Delete(recursive: true);
    }
}

/// <summary>
/// The tool packed once from a copy of the sources (so that the build the other tests run is left alone) and
/// installed from that folder alone into a tool path, for the tests of <see cref="ToolPackageTests"/>.
/// </summary>
public sealed partial class InstalledTool : IAsyncLifetime
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("cluster-profiles-tool-");
    private string sources = string.Empty;

    /// <summary>This machine's platform by its portable name (linux-x64, not ubuntu.24.04-x64), as the pack names its packages.</summary>
    public string Rid { get; } = PortableRid();

    /// <summary>The tool path it is installed into.</summary>
    public string Folder => Path.Combine(work.FullName, "tools");

    public string Version { get; private set; } = string.Empty;

    public IReadOnlyList<string> Packages { get; private set; } = [];

    /// <summary>The installed command, <c>cluster-profiles</c>.</summary>
    public string Command { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        sources = CopySources();
        var packages = Path.Combine(work.FullName, "packages");
        var pack = await PackAsync(packages, $"-p:ToolPlatforms=\"{Rid};any\"");
        Assert.True(pack.ExitCode == 0, pack.Output);
        Packages = [.. Directory.GetFiles(packages, "*.nupkg").Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal)];
        Version = Assert.Single(Packages, n => PointerPackage().IsMatch(n))[("Enf.ClusterProfiles.Console.".Length)..^".nupkg".Length]; // the package users name

        // Only the folder just packed: nothing is fetched from anywhere else.
        var config = Path.Combine(work.FullName, "nuget.config");
        await File.WriteAllTextAsync(config, $"""<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><clear /><add key="local" value="{packages}" /></packageSources></configuration>""");
        var install = await RunAsync("dotnet", work.FullName, "tool", "install", "--tool-path", Folder, "--configfile", config, "Enf.ClusterProfiles.Console", "--version", Version);
        Assert.True(install.ExitCode == 0, install.Output);
        Command = Path.Combine(Folder, OperatingSystem.IsWindows() ? "cluster-profiles.exe" : "cluster-profiles");
    }

    /// <summary>Packs the console from the copied sources into <paramref name="output"/> with these MSBuild properties.</summary>
    public async Task<Result> PackAsync(string output, params string[] properties)
    {
        // At the lowest priority where the system has one: compiling natively takes both cores for minutes, and the
        // browser tests running beside this project have deadlines of their own.
        string[] command = ["dotnet", "pack", "src/Enf.ClusterProfiles.Console", "-c", "Release", "-o", output, .. properties];
        return OperatingSystem.IsWindows() ? await RunAsync(command[0], sources, command[1..]) : await RunAsync("nice", sources, ["-n", "19", .. command]);
    }

    /// <summary>A new folder of this fixture's, removed with it.</summary>
    public string NewFolder(string name) => Directory.CreateDirectory(Path.Combine(work.FullName, name)).FullName;

    public Task DisposeAsync()
    {
        work.Delete(recursive: true);
        return Task.CompletedTask;
    }

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

    /// <summary>A finished process: its exit code and what it wrote on both outputs.</summary>
    public sealed record Result(int ExitCode, string Output);

    private static async Task<Result> RunAsync(string command, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = directory };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var (exitCode, output, error) = await ConsoleRunner.RunProcessAsync(start, TimeSpan.FromMinutes(12));
        return new Result(exitCode, output + error);
    }

    private static string PortableRid()
    {
        var system = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        return $"{system}-{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";
    }

    // The tool's own package: its name and a version (a pre-release too), no platform between them.
    [GeneratedRegex(@"^Enf\.ClusterProfiles\.Console\.[0-9]+\.[0-9]+\.[0-9]+(?:-[0-9A-Za-z.-]+)?\.nupkg$")]
    private static partial Regex PointerPackage();
}

/// <summary>Packing compiles the console natively and takes both cores for minutes: no other test of this project
/// runs beside it, so that their deadlines are not spent waiting for it (and the pack itself runs at the lowest
/// priority, for the browser tests that .ci/run runs beside this project).</summary>
[CollectionDefinition(Alone, DisableParallelization = true)]
public sealed class ToolPackage : ICollectionFixture<InstalledTool>
{
    public const string Alone = "tool package, alone";
}
