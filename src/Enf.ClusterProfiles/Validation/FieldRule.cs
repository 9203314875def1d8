using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Model;
using FluentValidation;

namespace Enf.ClusterProfiles.Validation;

/// <summary>
/// How one field is read from a profile, when it has content, and which FluentValidation rules check its
/// value. Created by the catalogue, so the limits that the rules enforce are the same ones the catalogue
/// publishes as <see cref="FieldConstraints"/>.
/// </summary>
internal abstract class FieldRule(FieldKind kind, FieldConstraints constraints)
{
    public FieldKind Kind { get; } = kind;

    public FieldConstraints Constraints { get; } = constraints;

    /// <summary>Whether the field holds something: a non-blank text, a list with a non-blank item, a number, an object with a part.</summary>
    public abstract bool HasContent(ClusterProfile profile);

    /// <summary>Adds the rules that check the value; they apply only when the field has content.</summary>
    public abstract void AddRules(AbstractValidator<ClusterProfile> validator, string path);
}
