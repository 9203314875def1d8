using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Enf.ClusterProfiles.Console.Output;
using Enf.ClusterProfiles.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Enf.ClusterProfiles.Console.Commands;

/// <summary><c>sync FOLDER --registry URL</c>: makes a folder of profiles and a registry agree (registry-api-v1).</summary>
internal static class SyncCommand
{
    public const string TokenVariable = "CLUSTER_REGISTRY_TOKEN";

    public static Command Create(ConsoleContext console)
    {
        var folder = new Argument<string>("FOLDER") { Description = "The folder of profiles, one .json file each." };
        var registry = new Option<string>("--registry") { Description = "The registry's base address: https, or http on this machine (127.0.0.1, localhost).", HelpName = "URL", Required = true };
        var token = new Option<string?>("--token") { Description = $"The bearer token; by default the environment variable {TokenVariable}.", HelpName = "TOKEN" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the plan (create, update, pull, conflict, skip per profile) and change nothing." };
        var pushOnly = new Option<bool>("--push-only") { Description = "Carry local changes to the registry; write nothing locally." };
        var timeout = new Option<double?>("--timeout") { Description = "Seconds allowed for each registry call, its retries included (default 60).", HelpName = "SECONDS" };
        var attemptTimeout = new Option<double?>("--attempt-timeout") { Description = "Seconds allowed for each try of a call, its answer read in full (default 10, at most --timeout).", HelpName = "SECONDS" };
        var format = CommonOptions.Format("Output: table (default on a terminal) or json (default when redirected).", "table", "json");
        var command = new Command("sync", "Synchronise a folder of profiles with a registry without losing an edit on either side. Exit 0 when they agree, 1 when a conflict or a refused profile remains, 2 when the sync could not run.")
        {
            folder, registry, token, dryRun, pushOnly, timeout, attemptTimeout, format,
        };
        command.SetAction((parse, cancel) => RunAsync(
            console,
            parse.GetValue(folder)!,
            parse.GetValue(registry)!,
            parse.GetValue(token) ?? Environment.GetEnvironmentVariable(TokenVariable),
            new SyncOptions { DryRun = parse.GetValue(dryRun), PushOnly = parse.GetValue(pushOnly) },
            (parse.GetValue(timeout), parse.GetValue(attemptTimeout)),
            parse.GetValue(format) ?? (console.OutputIsTerminal ? "table" : "json"),
            cancel));
        return command;
    }

    private static async Task<int> RunAsync(ConsoleContext console, string folder, string registry, string? token, SyncOptions options, (double? Total, double? Attempt) timeouts, string format, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            console.Fail($"the folder '{SafeText.Printable(folder)}' does not exist.");
            return ExitCodes.CouldNotRun;
        }

        if (!Uri.TryCreate(registry, UriKind.Absolute, out var address) || !ClusterRegistryClientOptionsValidator.IsAllowed(address))
        {
            console.Fail($"--registry must be an absolute https address, or http on this machine; '{SafeText.Printable(registry)}' is not.");
            return ExitCodes.CouldNotRun;
        }

        if (string.IsNullOrWhiteSpace(token))
        {
            console.Fail($"a token is required: --token TOKEN or the environment variable {TokenVariable}.");
            return ExitCodes.CouldNotRun;
        }

        var defaults = new ClusterRegistryClientOptions();
        var total = timeouts.Total ?? defaults.TotalTimeout.TotalSeconds;
        var attempt = timeouts.Attempt ?? Math.Min(defaults.AttemptTimeout.TotalSeconds, total);
        if (total is <= 0 or > 86_400 || double.IsNaN(total) || attempt <= 0 || attempt > total || double.IsNaN(attempt))
        {
            console.Fail($"--timeout and --attempt-timeout are seconds above 0 (a day at most), and a try cannot take longer than the call; {total.ToString(System.Globalization.CultureInfo.InvariantCulture)} and {attempt.ToString(System.Globalization.CultureInfo.InvariantCulture)} are not.");
            return ExitCodes.CouldNotRun;
        }

        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(new Assessment.ProfileAssessor());
        services.AddClusterRegistryClient(o =>
        {
            o.BaseAddress = address;
            o.Token = token;
            o.TotalTimeout = TimeSpan.FromSeconds(total);
            o.AttemptTimeout = TimeSpan.FromSeconds(attempt);
        });
        await using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<SyncEngine>();

        SyncResult result;
        if (format == "json" && console.ErrorIsTerminal)
        {
            var done = 0;
            result = await console.Progress().Status().StartAsync("Synchronising…", status =>
                engine.SyncAsync(folder, options, new Progress<SyncItem>(_ => status.Status($"Synchronised {Interlocked.Increment(ref done):N0} profiles…")), cancellationToken))
                .ConfigureAwait(false);
        }
        else
        {
            result = await engine.SyncAsync(folder, options, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        if (format == "json")
        {
            WriteJson(console.Output, result, registry);
        }
        else
        {
            WriteTable(console.People(), result);
        }

        if (result.Error is not null)
        {
            console.Fail(result.Items.Count == 0 ? $"the sync could not run: {result.Error}" : $"the sync stopped: {result.Error}");
            return ExitCodes.CouldNotRun;
        }

        return result.Count(SyncAction.Failed) > 0 ? ExitCodes.CouldNotRun
            : result.Agreed ? ExitCodes.Ok
            : ExitCodes.ProfileErrors;
    }

    private static void WriteTable(IAnsiConsole console, SyncResult result)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(result.DryRun ? "Sync plan (dry run: nothing changed)" : "Sync");
        table.AddColumn("id");
        table.AddColumn("action");
        table.AddColumn("file");
        table.AddColumn("detail");
        foreach (var item in result.Items)
        {
            var colour = item.Action switch
            {
                SyncAction.Conflict or SyncAction.Invalid or SyncAction.Failed => "red",
                SyncAction.Skip => "grey",
                _ => "green",
            };
            var detail = item.Detail ?? string.Empty;
            if (item.Issues.Count > 0)
            {
                detail += (detail.Length > 0 ? " " : string.Empty) + string.Join("; ", item.Issues.Take(3).Select(i => $"{i.Path}: {i.Message}"));
            }

            table.AddRow(
                new Text(SafeText.Printable(item.Id)),
                new Markup($"[{colour}]{item.Action.ToString().ToLowerInvariant()}[/]"),
                new Text(SafeText.Printable(item.File ?? string.Empty)),
                new Text(SafeText.Printable(detail)));
        }

        if (result.Items.Count > 0)
        {
            console.Write(table);
        }

        console.MarkupLine(string.Join(" · ", Enum.GetValues<SyncAction>().Select(a => $"{a.ToString().ToLowerInvariant()} {result.Count(a)}")));
    }

    private static void WriteJson(TextWriter output, SyncResult result, string registry)
    {
        using var stream = new TextWriterStream(output);
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("registry", registry);
            json.WriteBoolean("dryRun", result.DryRun);
            json.WriteBoolean("agreed", result.Agreed);
            json.WriteString("error", result.Error);
            json.WriteStartArray("items");
            foreach (var item in result.Items)
            {
                json.WriteStartObject();
                json.WriteString("id", item.Id);
                json.WriteString("action", item.Action.ToString().ToLowerInvariant());
                json.WriteString("file", item.File);
                json.WriteString("detail", item.Detail);
                json.WriteStartArray("issues");
                foreach (var issue in item.Issues)
                {
                    CheckJsonOutput.WriteIssue(json, issue.Code, issue.Severity, issue.Path, issue.Message);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("counts");
            foreach (var action in Enum.GetValues<SyncAction>())
            {
                json.WriteNumber(action.ToString().ToLowerInvariant(), result.Count(action));
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        stream.Write("\n"u8);
        stream.Flush();
    }
}
