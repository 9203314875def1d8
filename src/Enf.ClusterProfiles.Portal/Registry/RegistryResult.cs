namespace Enf.ClusterProfiles.Portal.Registry;

/// <summary>The answer to a write: on <see cref="RegistryOutcome.Conflict"/>, <see cref="Current"/> is what is stored now.</summary>
public sealed record RegistryResult(RegistryOutcome Outcome, string? ETag = null, RegistryProfile? Current = null, string? Problem = null)
{
    public bool Succeeded => Outcome == RegistryOutcome.Done;
}
