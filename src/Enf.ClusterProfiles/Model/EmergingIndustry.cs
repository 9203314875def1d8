using System.Text.Json.Serialization;

namespace Enf.ClusterProfiles.Model;

/// <summary>One of the 10 emerging industries tracked by the European Cluster Collaboration Platform.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueJsonConverter<EmergingIndustry>))]
public readonly record struct EmergingIndustry(string Value) : IWireValue<EmergingIndustry>
{
    /// <summary><c>advancedPackaging</c>.</summary>
    public static EmergingIndustry AdvancedPackaging { get; } = new("advancedPackaging");

    /// <summary><c>biopharmaceuticals</c>.</summary>
    public static EmergingIndustry Biopharmaceuticals { get; } = new("biopharmaceuticals");

    /// <summary><c>blueGrowth</c>.</summary>
    public static EmergingIndustry BlueGrowth { get; } = new("blueGrowth");

    /// <summary><c>creativeIndustries</c>.</summary>
    public static EmergingIndustry CreativeIndustries { get; } = new("creativeIndustries");

    /// <summary><c>digitalIndustries</c>.</summary>
    public static EmergingIndustry DigitalIndustries { get; } = new("digitalIndustries");

    /// <summary><c>environmentalIndustries</c>.</summary>
    public static EmergingIndustry EnvironmentalIndustries { get; } = new("environmentalIndustries");

    /// <summary><c>experienceIndustries</c>.</summary>
    public static EmergingIndustry ExperienceIndustries { get; } = new("experienceIndustries");

    /// <summary><c>logisticalServices</c>.</summary>
    public static EmergingIndustry LogisticalServices { get; } = new("logisticalServices");

    /// <summary><c>medicalDevices</c>.</summary>
    public static EmergingIndustry MedicalDevices { get; } = new("medicalDevices");

    /// <summary><c>mobilityTechnologies</c>.</summary>
    public static EmergingIndustry MobilityTechnologies { get; } = new("mobilityTechnologies");

    /// <inheritdoc />
    public static IReadOnlyList<EmergingIndustry> All { get; } = [AdvancedPackaging, Biopharmaceuticals, BlueGrowth, CreativeIndustries, DigitalIndustries, EnvironmentalIndustries, ExperienceIndustries, LogisticalServices, MedicalDevices, MobilityTechnologies];

    /// <inheritdoc />
    public bool IsKnown => All.Contains(this);

    /// <inheritdoc />
    public static EmergingIndustry FromWire(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
