namespace Enf.ClusterProfiles.Assessment;

/// <summary>
/// The PRO verdict with its partial credit: a profile is eligible when it has no errors and
/// <c>filled ≥ threshold × total</c> of its applicable optional fields (by default <c>2 × filled ≥ total</c>).
/// </summary>
public sealed record ProEligibility
{
    /// <summary>Whether the profile qualifies for PRO status.</summary>
    public required bool Eligible { get; init; }

    /// <summary>Optional fields that are validly filled.</summary>
    public required int OptionalFilled { get; init; }

    /// <summary>Optional fields that apply to the profile (21 in an EU/COSME country, 23 elsewhere).</summary>
    public required int OptionalTotal { get; init; }

    /// <summary>How many more optional fields PRO needs filled (0 when enough are).</summary>
    public required int Needed { get; init; }

    /// <summary>Missing or invalid optional fields to fill first, most useful first.</summary>
    public required IReadOnlyList<string> Suggestions { get; init; }
}
