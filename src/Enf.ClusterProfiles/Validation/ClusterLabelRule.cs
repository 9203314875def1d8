using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using FluentValidation;

namespace Enf.ClusterProfiles.Validation;

/// <summary>
/// A cluster label: when given, it needs a known tier and a validity date; a label past its date is a
/// warning (<see cref="IssueCodes.LabelExpired"/>) and the assessor does not count it as filled.
/// </summary>
internal sealed class ClusterLabelRule(Func<ClusterProfile, ClusterLabel?> get)
    : FieldRule(FieldKind.ClusterLabel, new FieldConstraints { AllowedValues = [.. LabelTier.All.Select(t => t.Value)], Properties = ["tier", "validUntil"] })
{
    public override bool HasContent(ClusterProfile profile) =>
        get(profile) is { } label && (ValueChecks.IsFilled(label.Tier?.Value) || label.ValidUntil is not null);

    public override void AddRules(AbstractValidator<ClusterProfile> validator, string path)
    {
        validator.RuleFor(p => get(p)!.Tier).Cascade(CascadeMode.Stop)
            .Must(tier => ValueChecks.IsFilled(tier?.Value)).WithErrorCode(IssueCodes.Required)
            .Must(tier => tier!.Value.IsKnown).WithErrorCode(IssueCodes.ValueUnknown)
            .When(HasContent)
            .OverridePropertyName($"{path}.tier");

        validator.RuleFor(p => get(p)!.ValidUntil)
            .NotNull().WithErrorCode(IssueCodes.Required)
            .When(HasContent)
            .OverridePropertyName($"{path}.validUntil");

        validator.RuleFor(p => get(p)!.ValidUntil)
            .Must((_, validUntil, context) => validUntil is null || validUntil >= ValidationClock.Today(context))
            .WithErrorCode(IssueCodes.LabelExpired).WithSeverity(Severity.Warning)
            .When(HasContent)
            .OverridePropertyName(path);
    }

    /// <summary>Whether the label's date has passed.</summary>
    public bool IsExpired(ClusterProfile profile, DateOnly today) => get(profile)?.ValidUntil < today;
}
