using System.CommandLine;
using Enf.ClusterProfiles.Schema;

namespace Enf.ClusterProfiles.Console.Commands;

/// <summary><c>schema</c>: prints the JSON Schema of the profile, as published and embedded.</summary>
internal static class SchemaCommand
{
    public static Command Create(ConsoleContext console)
    {
        var command = new Command("schema", "Print the JSON Schema of the profile (schemas/cluster-profile.v1.schema.json).");
        command.SetAction(_ =>
        {
            console.Output.Write(ProfileSchema.Json);
            return ExitCodes.Ok;
        });
        return command;
    }
}
