using System.Text.Json;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Schema;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Tests.TestData;
using NJsonSchema;
using Snapshooter.Xunit;

namespace Enf.ClusterProfiles.IntegrationTests.Console;

/// <summary>The console tested as a process: arguments in, standard output, standard error and exit code out.</summary>
public sealed class ConsoleProcessTests : IDisposable
{
    private static readonly Lazy<JsonSchema> OutputSchema = new(() =>
        JsonSchema.FromFileAsync(RepositoryFiles.PathOf("schemas/check-output.v1.schema.json")).GetAwaiter().GetResult()); // resolves its $ref to assessment.v1.schema.json

    private readonly string folder = Directory.CreateTempSubdirectory("cluster-console-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static void AssertMatchesOutputSchema(string json)
    {
        var errors = OutputSchema.Value.Validate(json);
        Assert.True(errors.Count == 0, string.Join("; ", errors));
    }

    [Fact]
    public async Task Check_on_the_examples_writes_exactly_the_spec_JSON_and_exits_1_for_the_broken_ones()
    {
        var run = await ConsoleRunner.RunAsync(["check", "docs/examples", "--format", "json", "--today", "2026-11-25", "--lang", "en"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        AssertMatchesOutputSchema(run.Output);
        using var document = JsonDocument.Parse(run.Output);
        var summary = document.RootElement.GetProperty("summary");
        Assert.Equal(8, summary.GetProperty("profiles").GetInt32());
        Assert.Equal(6, summary.GetProperty("valid").GetInt32());
        Assert.Equal(1, summary.GetProperty("pro").GetInt32());
        Assert.Equal("docs/examples/joensuu-forest-bioeconomy-missing-mandatory.json", document.RootElement.GetProperty("profiles")[0].GetProperty("source").GetString());
        Snapshot.Match(run.Output);
    }

    [Fact]
    public async Task Redirected_output_is_JSON_without_asking()
    {
        var run = await ConsoleRunner.RunAsync(["check", "docs/examples/oulu-arctic-water-pro.json", "--today", "2026-11-25"]);

        Assert.Equal(0, run.ExitCode);
        AssertMatchesOutputSchema(run.Output);
    }

    [Fact]
    public async Task A_broken_file_among_good_ones_is_reported_with_the_others_and_exits_1()
    {
        var good = ClusterProfileJson.Serialize(ClusterProfileBuilder.Full());
        Write("a.json", good);
        Write("b.json", "{ \"id\": \"broken\", ");
        Write("c.json", good.Replace("arctic-water", "other-cluster", StringComparison.Ordinal));

        var run = await ConsoleRunner.RunAsync(["check", folder, "--format", "json", "--today", "2026-11-25"]);

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var profiles = document.RootElement.GetProperty("profiles");
        Assert.Equal(3, profiles.GetArrayLength());
        Assert.Equal(JsonValueKind.Null, profiles[1].GetProperty("id").ValueKind);
        Assert.Equal("json.truncated", profiles[1].GetProperty("issues")[0].GetProperty("code").GetString());
        Assert.True(profiles[2].GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Exit_0_when_no_profile_has_errors()
    {
        var run = await ConsoleRunner.RunAsync(["check", Write("ok.json", ClusterProfileJson.Serialize(ClusterProfileBuilder.Full())), "--today", "2026-11-25"]);

        Assert.Equal(0, run.ExitCode);
    }

    [Theory]
    [InlineData("check", "no-such-folder")]
    [InlineData("check", "docs/examples", "--bogus")]
    [InlineData("check", "docs/examples", "--today", "25.11.2026")]
    [InlineData("check", "docs/examples", "--format", "xml")]
    [InlineData("check", "docs/examples", "--max-issues", "0")]
    [InlineData("frobnicate")]
    [InlineData("report", "no-such-folder")]
    public async Task A_command_that_cannot_run_as_asked_is_one_line_on_stderr_and_exit_2(params string[] arguments)
    {
        var run = await ConsoleRunner.RunAsync(arguments);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("cluster-profiles: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_file_exits_2_after_reporting_the_others()
    {
        Write("a-ok.json", ClusterProfileJson.Serialize(ClusterProfileBuilder.Full()));
        File.CreateSymbolicLink(Path.Combine(folder, "b-gone.json"), Path.Combine(folder, "nowhere", "gone.json"));

        var run = await ConsoleRunner.RunAsync(["check", folder, "--format", "json", "--today", "2026-11-25"]);

        Assert.Equal(2, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var profiles = document.RootElement.GetProperty("profiles");
        Assert.True(profiles[0].GetProperty("valid").GetBoolean());
        Assert.Equal("file.unreadable", profiles[1].GetProperty("issues")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Markup_and_control_characters_in_a_profile_cannot_style_or_corrupt_the_terminal()
    {
        var evil = ClusterProfileBuilder.Full() with { Name = "[red]Evil[/] \u001b[2J\rhidden\u202Etxt.exe", Region = "[bold]FI[/]" };
        var run = await ConsoleRunner.RunAsync(["check", Write("evil.json", ClusterProfileJson.Serialize(evil)), "--format", "table", "--today", "2026-11-25"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("[red]Evil[/]", run.Output, StringComparison.Ordinal);
        Assert.Contains("\\u001B[2J\\u000Dhidden\\u202Etxt.exe", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Output);
        Assert.DoesNotContain('\r', run.Output);
        Assert.DoesNotContain('\u202E', run.Output);
        Assert.Contains("[bold]FI[/]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finnish_output_names_fields_and_verdicts_in_Finnish()
    {
        var run = await ConsoleRunner.RunAsync(["check", "docs/examples/joensuu-forest-bioeconomy-missing-mandatory.json", "--format", "table", "--lang", "fi", "--today", "2026-11-25"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ei kelvollinen", run.Output, StringComparison.Ordinal);
        Assert.Contains("'Kuvaus' on pakollinen tieto, ja se puuttuu.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Täytä seuraavaksi", run.Output, StringComparison.Ordinal);
        Assert.Contains("Yhteenveto", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_follows_the_UI_culture_when_no_lang_is_given()
    {
        var run = await ConsoleRunner.RunAsync(
            ["check", "docs/examples/joensuu-forest-bioeconomy-missing-mandatory.json", "--format", "json", "--today", "2026-11-25"],
            environment: new Dictionary<string, string> { ["LANG"] = "sv_FI.UTF-8", ["LC_ALL"] = "sv_FI.UTF-8" });

        Assert.Contains("'Beskrivning' är obligatoriskt och saknas.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_of_1000_generated_profiles_completes_and_reports_all_of_them()
    {
        var profile = ClusterProfileBuilder.Full();
        for (var i = 0; i < 1000; i++)
        {
            var json = ClusterProfileJson.Serialize(profile with { Id = $"cluster-{i:D4}", Acronym = i % 10 == 0 ? new string('x', 40) : profile.Acronym });
            await File.WriteAllTextAsync(Path.Combine(folder, $"cluster-{i:D4}.json"), json);
        }

        var run = await ConsoleRunner.RunAsync(["check", folder, "--format", "json", "--today", "2026-11-25"]);

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal(1000, document.RootElement.GetProperty("profiles").GetArrayLength());
        Assert.Equal(900, document.RootElement.GetProperty("summary").GetProperty("valid").GetInt32());
    }

    [Fact]
    public async Task The_issue_cap_is_said_in_partial_and_in_plain_words()
    {
        var file = Write("messy.json", """{ "id": "Not A Slug", "name": "x", "country": "fi" }""");

        var json = await ConsoleRunner.RunAsync(["check", file, "--max-issues", "2", "--format", "json", "--today", "2026-11-25"]);
        var table = await ConsoleRunner.RunAsync(["check", file, "--max-issues", "2", "--format", "table", "--today", "2026-11-25"]);

        using var document = JsonDocument.Parse(json.Output);
        Assert.True(document.RootElement.GetProperty("summary").GetProperty("partial").GetBoolean());
        Assert.Equal(3, document.RootElement.GetProperty("profiles")[0].GetProperty("issues").GetArrayLength());
        Assert.Contains("at most 2 are shown per profile", table.Output.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fields_schema_and_markdown_print_the_published_artefacts()
    {
        var fields = await ConsoleRunner.RunAsync(["fields", "--format", "json"]);
        var schema = await ConsoleRunner.RunAsync(["schema"]);
        var table = await ConsoleRunner.RunAsync(["fields", "--format", "table", "--lang", "sv"]);

        Assert.Equal(FieldCatalogExport.ToJson(FieldCatalog.Version1), fields.Output);
        Assert.Equal(ProfileSchema.Json, schema.Output);
        Assert.Contains("Kontaktens e-post", table.Output, StringComparison.Ordinal);
        Assert.All(new[] { fields, schema, table }, r => Assert.Equal(0, r.ExitCode));
    }

    [Fact]
    public async Task Init_writes_a_template_that_passes_check_once_the_blanks_are_filled()
    {
        var file = Path.Combine(folder, "new-profile.json");
        var init = await ConsoleRunner.RunAsync(["init", "--output", file, "--today", "2026-11-25", "--lang", "fi"]);
        Assert.Equal(0, init.ExitCode);

        var blank = await ConsoleRunner.RunAsync(["check", file, "--format", "json", "--today", "2026-11-25"]);
        Assert.Equal(1, blank.ExitCode);

        var template = JsonDocument.Parse(await File.ReadAllTextAsync(file)).RootElement;
        Assert.Contains("Klusteriorganisaation koko nimi", template.GetProperty("$help").GetProperty("name").GetString(), StringComparison.Ordinal);
        var filled = (await File.ReadAllTextAsync(file))
            .Replace("\"id\": \"\"", "\"id\": \"my-cluster\"", StringComparison.Ordinal)
            .Replace("\"name\": \"\"", "\"name\": \"My Cluster\"", StringComparison.Ordinal)
            .Replace("\"country\": \"\"", "\"country\": \"FI\"", StringComparison.Ordinal)
            .Replace("\"city\": \"\"", "\"city\": \"Oulu\"", StringComparison.Ordinal)
            .Replace("\"website\": \"\"", "\"website\": \"https://my.example/en\"", StringComparison.Ordinal)
            .Replace("\"description\": \"\"", "\"description\": \"My Cluster gathers the companies of a region around one shared ambition.\"", StringComparison.Ordinal)
            .Replace("\"email\": \"\"", "\"email\": \"info@my.example\"", StringComparison.Ordinal)
            .Replace("\"industrialEcosystems\": []", "\"industrialEcosystems\": [\"digital\"]", StringComparison.Ordinal)
            .Replace("\"managementFte\": null", "\"managementFte\": 1", StringComparison.Ordinal)
            .Replace("\"smes\": null", "\"smes\": 12", StringComparison.Ordinal)
            .Replace("\"publicBodies\": null", "\"publicBodies\": 3", StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, filled);

        var check = await ConsoleRunner.RunAsync(["check", file, "--format", "json", "--today", "2026-11-25"]);
        Assert.Equal(0, check.ExitCode);

        var again = await ConsoleRunner.RunAsync(["init", "--output", file]);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("exists already", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_gives_a_table_Markdown_and_a_self_contained_HTML_page_with_charts()
    {
        var html = Path.Combine(folder, "report.html");
        var htmlRun = await ConsoleRunner.RunAsync(["report", "docs/examples", "--format", "html", "--output", html, "--lang", "fi", "--today", "2026-11-25"]);
        var markdown = await ConsoleRunner.RunAsync(["report", "docs/examples", "--format", "markdown", "--today", "2026-11-25"]);
        var table = await ConsoleRunner.RunAsync(["report", "docs/examples", "--today", "2026-11-25"]);

        Assert.Equal(1, htmlRun.ExitCode);
        var page = await File.ReadAllTextAsync(html);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("Pohjois-Pohjanmaa (FI1D9)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", page, StringComparison.Ordinal);
        Assert.Contains("| North Ostrobothnia (FI1D9) | 1 | 1 | 1 |", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("All regions", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_and_help_work()
    {
        var version = await ConsoleRunner.RunAsync(["--version"]);
        var help = await ConsoleRunner.RunAsync(["check", "--help"]);

        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Output.Trim());
        Assert.Contains("--max-issues", help.Output, StringComparison.Ordinal);
    }

    // Moved here from the in-process review regression tests: it runs the console as a process.
    [Fact]
    public async Task Check_reads_a_profile_from_a_pipe()
    {
        var run = await ConsoleRunner.RunAsync(["check", "/dev/stdin", "--format", "json", "--today", "2026-11-25"], input: ClusterProfileJson.Serialize(ClusterProfileBuilder.Full()));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"valid\": true", run.Output, StringComparison.Ordinal);
    }
}
