using System.Text.Json.Serialization;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Sync;

/// <summary>What a sync does, or did, with one profile.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<SyncAction>))]
public enum SyncAction
{
    /// <summary>Only local: created in the registry.</summary>
    Create,

    /// <summary>Changed locally since the last sync: carried to the registry.</summary>
    Update,

    /// <summary>Only remote, or changed remotely since the last sync: written to the folder.</summary>
    Pull,

    /// <summary>Nothing to do: both sides agree.</summary>
    Skip,

    /// <summary>Changed on both sides: both versions kept, neither overwritten.</summary>
    Conflict,

    /// <summary>Fails validation (locally, or refused by the registry): not pushed.</summary>
    Invalid,

    /// <summary>Could not be carried out (the registry kept failing); the next sync tries again.</summary>
    Failed,
}
