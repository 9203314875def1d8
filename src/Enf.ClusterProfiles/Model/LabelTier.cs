using System.Text.Json.Serialization;

namespace Enf.ClusterProfiles.Model;

/// <summary>The tier of a European Cluster Excellence label.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueJsonConverter<LabelTier>))]
public readonly record struct LabelTier(string Value) : IWireValue<LabelTier>
{
    /// <summary><c>bronze</c>.</summary>
    public static LabelTier Bronze { get; } = new("bronze");

    /// <summary><c>silver</c>.</summary>
    public static LabelTier Silver { get; } = new("silver");

    /// <summary><c>gold</c>.</summary>
    public static LabelTier Gold { get; } = new("gold");

    /// <inheritdoc />
    public static IReadOnlyList<LabelTier> All { get; } = [Bronze, Silver, Gold];

    /// <inheritdoc />
    public bool IsKnown => All.Contains(this);

    /// <inheritdoc />
    public static LabelTier FromWire(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
