using Enf.ClusterProfiles.Catalog;

namespace Enf.ClusterProfiles.Assessment;

/// <summary>One counted field of an assessed profile.</summary>
/// <param name="Path">The field's path.</param>
/// <param name="Requirement">
/// How the field counted for this profile: <see cref="FieldRequirement.Mandatory"/> or
/// <see cref="FieldRequirement.Optional"/> (an M-EU field is one or the other, by country).
/// </param>
/// <param name="State">What the assessment found.</param>
public sealed record FieldStatus(string Path, FieldRequirement Requirement, FieldState State);
