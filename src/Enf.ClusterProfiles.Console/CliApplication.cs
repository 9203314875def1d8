using System.CommandLine;
using Enf.ClusterProfiles.Console.Commands;

namespace Enf.ClusterProfiles.Console;

/// <summary>Builds the command tree and runs it; a mistake on the command line is one line on stderr and exit 2.</summary>
internal static class CliApplication
{
    public static RootCommand Build(TextWriter output, TextWriter error)
    {
        var root = new RootCommand(
            "cluster-profiles checks cluster organisation profiles for the European Cluster Collaboration Platform (ECCP): " +
            "validity, completeness, PRO eligibility and what to fill next, for one profile or a whole region.");
        var console = new ConsoleContext(output, error);
        root.Add(CheckCommand.Create(console));
        root.Add(ReportCommand.Create(console));
        root.Add(FieldsCommand.Create(console));
        root.Add(SchemaCommand.Create(console));
        root.Add(InitCommand.Create(console));
        root.Add(SyncCommand.Create(console));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = Build(output, error);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // One line, the most telling error first: an unknown word says more than "a command is required".
            var first = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parse.Errors[0];
            var message = string.Join(' ', first.Message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(part => part.Trim()));
            await error.WriteLineAsync($"cluster-profiles: {message} (see 'cluster-profiles --help')").ConfigureAwait(false);
            return ExitCodes.CouldNotRun;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("cluster-profiles: cancelled.").ConfigureAwait(false);
            return ExitCodes.CouldNotRun;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"cluster-profiles: {e.Message}").ConfigureAwait(false);
            return ExitCodes.CouldNotRun;
        }
    }
}
