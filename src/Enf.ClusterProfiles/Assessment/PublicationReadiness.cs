namespace Enf.ClusterProfiles.Assessment;

/// <summary>ECCP publication readiness of a cluster organisation.</summary>
public sealed record PublicationReadiness
{
    /// <summary>
    /// Whether the profile can be published: it has no errors and, in an EU/COSME country, meets (or is
    /// waived from) every publication criterion.
    /// </summary>
    public required bool Ready { get; init; }

    /// <summary>Whether the publication criteria apply (the country is an EU or COSME country).</summary>
    public required bool Applies { get; init; }

    /// <summary>Whether the criteria were waived because the cluster belongs to a cluster programme.</summary>
    public required bool Waived { get; init; }

    /// <summary>Codes of the criteria not met (<c>publication.members</c>, …).</summary>
    public required IReadOnlyList<string> Unmet { get; init; }
}
