using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using FluentValidation;

namespace Enf.ClusterProfiles.Validation;

/// <summary>A number (<see cref="FieldKind.Number"/>) or whole number (<see cref="FieldKind.Integer"/>) with a minimum and, optionally, a maximum; 0 is an answer.</summary>
internal sealed class NumberRule(FieldKind kind, Func<ClusterProfile, decimal?> get, decimal minimum, decimal? maximum = null)
    : FieldRule(kind, new FieldConstraints { Minimum = minimum, Maximum = maximum })
{
    public override bool HasContent(ClusterProfile profile) => get(profile) is not null;

    public override void AddRules(AbstractValidator<ClusterProfile> validator, string path)
    {
        var rule = validator.RuleFor(p => get(p));
        var checkedRule = maximum is decimal max
            ? rule.InclusiveBetween(minimum, max).WithErrorCode(IssueCodes.Range)
            : rule.GreaterThanOrEqualTo(minimum).WithErrorCode(IssueCodes.Minimum);
        checkedRule.When(HasContent).OverridePropertyName(path);
    }
}

/// <summary>A year from a first year up to the current year of the injected clock.</summary>
internal sealed class YearRule(Func<ClusterProfile, int?> get, int firstYear)
    : FieldRule(FieldKind.Year, new FieldConstraints { Minimum = firstYear })
{
    public override bool HasContent(ClusterProfile profile) => get(profile) is not null;

    public override void AddRules(AbstractValidator<ClusterProfile> validator, string path) =>
        validator.RuleFor(p => get(p)).Cascade(CascadeMode.Stop)
            .GreaterThanOrEqualTo(firstYear).WithErrorCode(IssueCodes.Minimum)
            .Must((_, year, context) => year <= ValidationClock.Today(context).Year).WithErrorCode(IssueCodes.DateInFuture)
            .When(HasContent)
            .OverridePropertyName(path);
}

/// <summary>A date that is not in the future.</summary>
internal sealed class DateRule(Func<ClusterProfile, DateOnly?> get) : FieldRule(FieldKind.Date, new FieldConstraints())
{
    public override bool HasContent(ClusterProfile profile) => get(profile) is not null;

    public override void AddRules(AbstractValidator<ClusterProfile> validator, string path) =>
        validator.RuleFor(p => get(p))
            .Must((_, date, context) => date <= ValidationClock.Today(context)).WithErrorCode(IssueCodes.DateInFuture)
            .When(HasContent)
            .OverridePropertyName(path);
}
