using System.Text.Json.Serialization;

namespace Enf.ClusterProfiles.Model;

/// <summary>The kind of organisation a profile describes. Version 1 defines only <c>clusterOrganisation</c>.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueJsonConverter<ProfileType>))]
public readonly record struct ProfileType(string Value) : IWireValue<ProfileType>
{
    /// <summary><c>clusterOrganisation</c>.</summary>
    public static ProfileType ClusterOrganisation { get; } = new("clusterOrganisation");

    /// <inheritdoc />
    public static IReadOnlyList<ProfileType> All { get; } = [ClusterOrganisation];

    /// <inheritdoc />
    public bool IsKnown => All.Contains(this);

    /// <inheritdoc />
    public static ProfileType FromWire(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
