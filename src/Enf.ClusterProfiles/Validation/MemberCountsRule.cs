using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using FluentValidation;

namespace Enf.ClusterProfiles.Validation;

/// <summary>Member counts: filled when at least one count is present; each present count is a whole number ≥ 0.</summary>
internal sealed class MemberCountsRule(Func<ClusterProfile, MemberCounts?> get)
    : FieldRule(FieldKind.MemberCounts, new FieldConstraints { Minimum = 0, Properties = [.. new MemberCounts().ByType.Select(c => c.Key)] })
{
    public override bool HasContent(ClusterProfile profile) =>
        get(profile) is { } members && members.ByType.Any(count => count.Value is not null);

    public override void AddRules(AbstractValidator<ClusterProfile> validator, string path)
    {
        for (var i = 0; i < Constraints.Properties!.Count; i++)
        {
            var index = i;
            validator.RuleFor(p => get(p)!.ByType[index].Value)
                .GreaterThanOrEqualTo(0).WithErrorCode(IssueCodes.Minimum)
                .When(HasContent)
            .OverridePropertyName($"{path}.{Constraints.Properties[i]}");
        }
    }
}
