using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Reference;
using FluentValidation;

namespace Enf.ClusterProfiles.Validation;

/// <summary>A text field: trimmed, then checked for length and, for a slug, its pattern.</summary>
internal sealed class TextRule(Func<ClusterProfile, string?> get, int minLength, int maxLength, string? pattern = null, string? patternCode = null)
    : FieldRule(pattern is null ? FieldKind.Text : FieldKind.Slug, new FieldConstraints { MinLength = minLength, MaxLength = maxLength, Pattern = pattern })
{
    public override bool HasContent(ClusterProfile profile) => ValueChecks.IsFilled(get(profile));

    public override void AddRules(AbstractValidator<ClusterProfile> validator, string path)
    {
        var rule = validator.RuleFor(p => get(p)!.Trim()).Cascade(CascadeMode.Stop)
            .Length(minLength, maxLength).WithErrorCode(IssueCodes.Length)
            .OverridePropertyName(path);
        if (pattern is not null)
        {
            // The pattern applies to the value as written: " abc " is not a slug, even if its length counts trimmed.
            var slug = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            rule = rule.Must((profile, _) => slug.IsMatch(get(profile)!)).WithErrorCode(patternCode ?? IssueCodes.IdFormat);
        }

        rule.When(HasContent);
    }
}

/// <summary>A single-value field checked by a predicate, with the code to report when it fails.</summary>
internal sealed class CheckedValueRule(FieldKind kind, FieldConstraints constraints, Func<ClusterProfile, string?> get, Func<string, bool> isValid, string code)
    : FieldRule(kind, constraints)
{
    public override bool HasContent(ClusterProfile profile) => ValueChecks.IsFilled(get(profile));

    public override void AddRules(AbstractValidator<ClusterProfile> validator, string path) =>
        validator.RuleFor(p => get(p))
            .Must(value => isValid(value!)).WithErrorCode(code)
            .When(HasContent)
            .OverridePropertyName(path);
}

/// <summary>An e-mail address, checked by FluentValidation's own e-mail rule.</summary>
internal sealed class EmailRule(Func<ClusterProfile, string?> get) : FieldRule(FieldKind.Email, new FieldConstraints { Pattern = ValueChecks.EmailPattern })
{
    public override bool HasContent(ClusterProfile profile) => ValueChecks.IsFilled(get(profile));

    public override void AddRules(AbstractValidator<ClusterProfile> validator, string path) =>
        validator.RuleFor(p => get(p)!.Trim())
            .Must(ValueChecks.IsEmail).WithErrorCode(IssueCodes.Email)
            .When(HasContent)
            .OverridePropertyName(path);
}

/// <summary>A NUTS region code: of NUTS form (for Finland, an existing code), and in the profile's country.</summary>
internal sealed class RegionRule(Func<ClusterProfile, string?> get)
    : FieldRule(FieldKind.NutsRegion, new FieldConstraints { Pattern = "^[A-Z]{2}[0-9A-Z]{1,3}$" })
{
    public override bool HasContent(ClusterProfile profile) => ValueChecks.IsFilled(get(profile));

    public override void AddRules(AbstractValidator<ClusterProfile> validator, string path) =>
        validator.RuleFor(p => get(p)).Cascade(CascadeMode.Stop)
            .Must(NutsRegions.IsValidCode).WithErrorCode(IssueCodes.RegionInvalid)
            .Must((profile, region, context) =>
            {
                context.MessageFormatter.AppendArgument("Country", profile.Country);
                return !Countries.IsKnown(profile.Country) || NutsRegions.IsInCountry(region!, profile.Country!);
            }).WithErrorCode(IssueCodes.RegionCountryMismatch)
            .When(HasContent)
            .OverridePropertyName(path);
}

/// <summary>One value of a closed list of wire values (<c>profileType</c>).</summary>
internal sealed class ChoiceRule<T>(Func<ClusterProfile, T?> get, string code)
    : FieldRule(FieldKind.Choice, new FieldConstraints { AllowedValues = [.. T.All.Select(v => v.Value)] })
    where T : struct, IWireValue<T>
{
    public override bool HasContent(ClusterProfile profile) => ValueChecks.IsFilled(get(profile)?.Value);

    public override void AddRules(AbstractValidator<ClusterProfile> validator, string path) =>
        validator.RuleFor(p => get(p)!.Value.Value)
            .Must(value => T.FromWire(value).IsKnown).WithErrorCode(code)
            .When(HasContent)
            .OverridePropertyName(path);
}

/// <summary>The <c>schemaVersion</c> system field: absent or a version this library knows.</summary>
internal sealed class SchemaVersionRule(Func<ClusterProfile, string?> get)
    : FieldRule(FieldKind.Choice, new FieldConstraints { AllowedValues = SchemaVersions.Known })
{
    public override bool HasContent(ClusterProfile profile) => ValueChecks.IsFilled(get(profile));

    public override void AddRules(AbstractValidator<ClusterProfile> validator, string path) =>
        validator.RuleFor(p => get(p))
            .Must((_, version, context) =>
            {
                context.MessageFormatter.AppendArgument("Known", string.Join(", ", SchemaVersions.Known));
                return SchemaVersions.Known.Contains(version);
            }).WithErrorCode(IssueCodes.SchemaVersionUnsupported)
            .When(HasContent)
            .OverridePropertyName(path);
}
