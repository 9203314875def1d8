namespace Enf.ClusterProfiles.Portal.Registry;

/// <summary>What became of a write, a submission or a decision.</summary>
public enum RegistryOutcome
{
    Done,
    NotFound,
    Forbidden,
    Conflict,
    WrongStatus,
    Refused,
}
