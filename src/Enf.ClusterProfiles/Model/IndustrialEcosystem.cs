using System.Text.Json.Serialization;

namespace Enf.ClusterProfiles.Model;

/// <summary>One of the 14 industrial ecosystems of the EU industrial strategy.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueJsonConverter<IndustrialEcosystem>))]
public readonly record struct IndustrialEcosystem(string Value) : IWireValue<IndustrialEcosystem>
{
    /// <summary><c>aerospaceDefence</c>.</summary>
    public static IndustrialEcosystem AerospaceDefence { get; } = new("aerospaceDefence");

    /// <summary><c>agriFood</c>.</summary>
    public static IndustrialEcosystem AgriFood { get; } = new("agriFood");

    /// <summary><c>construction</c>.</summary>
    public static IndustrialEcosystem Construction { get; } = new("construction");

    /// <summary><c>culturalCreative</c>.</summary>
    public static IndustrialEcosystem CulturalCreative { get; } = new("culturalCreative");

    /// <summary><c>digital</c>.</summary>
    public static IndustrialEcosystem Digital { get; } = new("digital");

    /// <summary><c>electronics</c>.</summary>
    public static IndustrialEcosystem Electronics { get; } = new("electronics");

    /// <summary><c>energyIntensive</c>.</summary>
    public static IndustrialEcosystem EnergyIntensive { get; } = new("energyIntensive");

    /// <summary><c>energyRenewables</c>.</summary>
    public static IndustrialEcosystem EnergyRenewables { get; } = new("energyRenewables");

    /// <summary><c>health</c>.</summary>
    public static IndustrialEcosystem Health { get; } = new("health");

    /// <summary><c>mobilityTransportAutomotive</c>.</summary>
    public static IndustrialEcosystem MobilityTransportAutomotive { get; } = new("mobilityTransportAutomotive");

    /// <summary><c>proximitySocialEconomy</c>.</summary>
    public static IndustrialEcosystem ProximitySocialEconomy { get; } = new("proximitySocialEconomy");

    /// <summary><c>retail</c>.</summary>
    public static IndustrialEcosystem Retail { get; } = new("retail");

    /// <summary><c>textiles</c>.</summary>
    public static IndustrialEcosystem Textiles { get; } = new("textiles");

    /// <summary><c>tourism</c>.</summary>
    public static IndustrialEcosystem Tourism { get; } = new("tourism");

    /// <inheritdoc />
    public static IReadOnlyList<IndustrialEcosystem> All { get; } = [AerospaceDefence, AgriFood, Construction, CulturalCreative, Digital, Electronics, EnergyIntensive, EnergyRenewables, Health, MobilityTransportAutomotive, ProximitySocialEconomy, Retail, Textiles, Tourism];

    /// <inheritdoc />
    public bool IsKnown => All.Contains(this);

    /// <inheritdoc />
    public static IndustrialEcosystem FromWire(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
