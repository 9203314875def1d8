using System.Text.RegularExpressions;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Bulk;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Configuration;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Reporting;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Tests.TestData;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enf.ClusterProfiles.Tests.Docs;

/// <summary>
/// The C# shown in docs/ is compiled and run here: each snippet sits between <c>// docs:NAME</c> markers, and a
/// test checks that the page shows exactly those lines. The snippets use relative paths, so the tests move the
/// process's working directory: they run alone, since a web host started meanwhile by another test takes the
/// working directory as its content root (a folder these tests delete: the cause of rare AspNetCore failures).
/// </summary>
[Collection(WorkingDirectory.Alone)]
public sealed partial class DocSnippetTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cluster-docs-").FullName;
    private readonly string workingDirectory = Directory.GetCurrentDirectory();

    public void Dispose()
    {
        Directory.SetCurrentDirectory(workingDirectory);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_raw_input_snippet_runs()
    {
        var jsonText = ClusterProfileJson.Serialize(ClusterProfileBuilder.Full());
        var utf8Bytes = new ReadOnlyMemory<byte>(System.Text.Encoding.UTF8.GetBytes(jsonText));
        await File.WriteAllTextAsync(Path.Combine(folder, "profile.json"), jsonText);
        using var stream = new MemoryStream(utf8Bytes.ToArray());
        Directory.SetCurrentDirectory(folder);

        // docs:raw-input
        var assessor = new ProfileAssessor();
        ProfileAssessment a = assessor.AssessJson(jsonText);                       // a string
        ProfileAssessment b = assessor.AssessJson(utf8Bytes);                      // bytes (a byte order mark is fine)
        ProfileAssessment c = assessor.Assess(await ProfileDocument.ReadFileAsync("profile.json"));
        ProfileAssessment d = assessor.Assess(await ProfileDocument.ReadAsync(stream, source: "upload"));
        // docs:end

        Assert.All(new[] { a, b, c, d }, r => Assert.True(r.Readable));
        Assert.Equal("upload", d.Source);
    }

    [Fact]
    public async Task The_bulk_snippet_runs()
    {
        Directory.CreateDirectory(Path.Combine(folder, "clusters"));
        await File.WriteAllTextAsync(Path.Combine(folder, "clusters", "one.json"), ClusterProfileJson.Serialize(ClusterProfileBuilder.Full()));
        await File.WriteAllTextAsync(Path.Combine(folder, "more.ndjson"), "{ \"id\": \"x-y\" }\n");
        Directory.SetCurrentDirectory(folder);

        // docs:bulk-input
        var assessor = new ProfileAssessor();
        var summary = new RegionalSummaryBuilder();
        await foreach (var document in BulkProfileReader.ReadAsync(["clusters/", "more.ndjson"]))
        {
            var result = assessor.Assess(document);   // result.Source, result.Line name the profile's place
            summary.Add(result);
        }
        RegionalSummary report = summary.Build();
        // docs:end

        Assert.Equal(2, report.Overall.Profiles);
    }

    [Fact]
    public void The_configuration_snippets_run()
    {
        var services = new ServiceCollection();

        // docs:configuration-plain
        var options = new ClusterProfilesOptions { StaleAfterDays = 180 };
        options.Requirements["acronym"] = FieldRequirement.Mandatory;
        var assessor = new ProfileAssessor(options, TimeProvider.System);
        // docs:end

        // docs:configuration-di
        services.AddClusterProfiles(options =>
        {
            options.Requirements["region"] = FieldRequirement.Unused;  // this programme does not ask for it
            options.ProThreshold = 0.6;
        });
        // docs:end

        Assert.Contains("acronym", assessor.Assess(ClusterProfileBuilder.MandatoryOnly()).MandatoryMissing);
        using var provider = services.BuildServiceProvider();
        Assert.DoesNotContain(provider.GetRequiredService<ProfileAssessor>().Catalog.Fields, f => f.Path == "region" && f.Requirement != FieldRequirement.Unused);
    }

    [Fact]
    public void The_registry_client_snippet_runs()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Registry:Token"] = "a-token" })
            .Build();

        // docs:registry-client
        services.AddClusterRegistryClient(options =>
        {
            options.BaseAddress = new Uri("https://registry.example.org/");
            options.Token = configuration["Registry:Token"];
        });
        // docs:end

        using var provider = services.BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<Enf.ClusterProfiles.Sync.IClusterRegistryApi>());
        Assert.NotNull(provider.GetRequiredService<Enf.ClusterProfiles.Sync.SyncEngine>());
    }

    [Theory]
    [InlineData("registry-client", "docs/registry.md")]
    [InlineData("raw-input", "docs/raw-input.md")]
    [InlineData("bulk-input", "docs/bulk-input.md")]
    [InlineData("configuration-plain", "docs/configuration.md")]
    [InlineData("configuration-di", "docs/configuration.md")]
    public void The_page_shows_the_snippet_that_runs(string name, string page)
    {
        var source = File.ReadAllText(RepositoryFiles.PathOf("tests/Enf.ClusterProfiles.Tests/Docs/DocSnippetTests.cs")).ReplaceLineEndings("\n");
        var match = Regex.Match(source, $@"// docs:{Regex.Escape(name)}\n(?<code>.*?)\s*// docs:end", RegexOptions.Singleline);
        Assert.True(match.Success, name);
        var code = Unindent(match.Groups["code"].Value);

        Assert.Contains(code, File.ReadAllText(RepositoryFiles.PathOf(page)).ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    private static string Unindent(string code)
    {
        var lines = code.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }
}

/// <summary>Tests that change the process's working directory, which every other test shares: run alone.</summary>
[CollectionDefinition(Alone, DisableParallelization = true)]
public sealed class WorkingDirectory
{
    public const string Alone = "working directory, alone";
}
