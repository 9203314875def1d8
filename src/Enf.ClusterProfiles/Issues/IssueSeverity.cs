using System.Text.Json.Serialization;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Issues;

/// <summary>How serious a finding is.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<IssueSeverity>))]
public enum IssueSeverity
{
    /// <summary>The profile breaks a rule: it is not valid and cannot be PRO-eligible.</summary>
    Error,

    /// <summary>Worth fixing, but the profile stays valid.</summary>
    Warning,

    /// <summary>A note for the cluster manager.</summary>
    Info,
}
