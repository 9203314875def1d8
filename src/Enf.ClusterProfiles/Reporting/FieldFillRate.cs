namespace Enf.ClusterProfiles.Reporting;

/// <summary>How often one field is validly filled.</summary>
/// <param name="Path">The field's path.</param>
/// <param name="Filled">Profiles with the field validly filled.</param>
/// <param name="Applicable">Profiles the field counts for.</param>
public sealed record FieldFillRate(string Path, int Filled, int Applicable)
{
    /// <summary>Filled ÷ applicable, 0 when the field applies to no profile.</summary>
    public double Rate => Applicable == 0 ? 0 : (double)Filled / Applicable;
}
