namespace Enf.ClusterProfiles.Console;

/// <summary>The exit codes of console-v1: a promise to scripts.</summary>
internal static class ExitCodes
{
    /// <summary>Every profile assessed has no errors (warnings allowed).</summary>
    public const int Ok = 0;

    /// <summary>At least one profile has an error, including one whose JSON could not be read.</summary>
    public const int ProfileErrors = 1;

    /// <summary>The command could not run as asked: unknown option, missing path, unreadable file, unreachable registry.</summary>
    public const int CouldNotRun = 2;
}
