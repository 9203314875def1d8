using System.Text.Json.Serialization;

namespace Enf.ClusterProfiles.Model;

/// <summary>Where the cluster organisation's funding comes from.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueJsonConverter<FundingSource>))]
public readonly record struct FundingSource(string Value) : IWireValue<FundingSource>
{
    /// <summary><c>public</c>.</summary>
    public static FundingSource Public { get; } = new("public");

    /// <summary><c>membershipFees</c>.</summary>
    public static FundingSource MembershipFees { get; } = new("membershipFees");

    /// <summary><c>services</c>.</summary>
    public static FundingSource Services { get; } = new("services");

    /// <summary><c>projects</c>.</summary>
    public static FundingSource Projects { get; } = new("projects");

    /// <summary><c>private</c>.</summary>
    public static FundingSource Private { get; } = new("private");

    /// <summary><c>other</c>.</summary>
    public static FundingSource Other { get; } = new("other");

    /// <inheritdoc />
    public static IReadOnlyList<FundingSource> All { get; } = [Public, MembershipFees, Services, Projects, Private, Other];

    /// <inheritdoc />
    public bool IsKnown => All.Contains(this);

    /// <inheritdoc />
    public static FundingSource FromWire(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
