namespace Enf.ClusterProfiles.Portal.Hosting;

/// <summary>The portal's log lines, source-generated. None carries a token.</summary>
internal static partial class PortalLog
{
    [LoggerMessage(1, LogLevel.Information, "Registry: {Registry} (the portal's token is the account '{Account}', {Role}); people sign in with their own tokens of that registry.")]
    public static partial void ExternalRegistry(ILogger logger, Uri registry, string account, string role);

    [LoggerMessage(2, LogLevel.Information, "Registry: the reference registry, in this process at {Address}.")]
    public static partial void InProcessRegistry(ILogger logger, Uri address);

    [LoggerMessage(3, LogLevel.Warning, "Not loaded: {File} has {Errors} error(s), and the registry refuses a profile with errors.")]
    public static partial void ExampleNotLoaded(ILogger logger, string file, int errors);
}
