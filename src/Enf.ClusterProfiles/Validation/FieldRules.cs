using System.Text.RegularExpressions;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Reference;
using FluentValidation;

namespace Enf.ClusterProfiles.Validation;

/// <summary>
/// Builds the FluentValidation rules of one field from its catalogue entry: the field's kind picks the check,
/// and every limit, pattern and list of values comes from its <see cref="FieldConstraints"/>, so the rules
/// enforce exactly what the catalogue publishes. This is the one place that turns a kind into a check.
/// </summary>
internal static class FieldRules
{
    /// <summary>Adds the rules that check the field's value; they apply only when the field has content.</summary>
    public static void Add(AbstractValidator<ClusterProfile> validator, FieldDefinition field)
    {
        var c = field.Constraints;
        switch (field.Kind)
        {
            case FieldKind.Text or FieldKind.Slug:
                Text(validator, field, (TextValue)field.Value);
                break;
            case FieldKind.Choice:
                Checked(validator, field, (TextValue)field.Value, value => c.AllowedValues!.Contains(value), ("Known", string.Join(", ", c.AllowedValues!)));
                break;
            case FieldKind.CountryCode:
                Checked(validator, field, (TextValue)field.Value, Countries.IsKnown);
                break;
            case FieldKind.Url:
                Checked(validator, field, (TextValue)field.Value, ValueChecks.IsHttpUrl);
                break;
            case FieldKind.Phone:
                var pattern = new Regex(c.Pattern!, RegexOptions.CultureInvariant);
                Checked(validator, field, (TextValue)field.Value, value => ValueChecks.MatchesWhole(pattern, value), ("MinDigits", c.MinDigits), ("MaxDigits", c.MaxDigits));
                break;
            case FieldKind.Email:
                Email(validator, field, (TextValue)field.Value);
                break;
            case FieldKind.NutsRegion:
                Region(validator, field, (TextValue)field.Value);
                break;
            case FieldKind.ChoiceList:
                List(validator, field, (ListValue)field.Value, value => c.AllowedValues!.Contains(value));
                break;
            case FieldKind.CountryCodeList:
                List(validator, field, (ListValue)field.Value, Countries.IsKnown);
                break;
            case FieldKind.LanguageCodeList:
                List(validator, field, (ListValue)field.Value, Languages.IsKnown);
                break;
            case FieldKind.UrlList:
                List(validator, field, (ListValue)field.Value, ValueChecks.IsHttpUrl);
                break;
            case FieldKind.TextList:
                List(validator, field, (ListValue)field.Value, null);
                break;
            case FieldKind.Number or FieldKind.Integer:
                Number(validator, field, (NullableValue<decimal>)field.Value);
                break;
            case FieldKind.Year:
                Year(validator, field, (NullableValue<int>)field.Value);
                break;
            case FieldKind.Date:
                Date(validator, field, (NullableValue<DateOnly>)field.Value);
                break;
            case FieldKind.MemberCounts:
                MemberCounts(validator, field, (ObjectValue<MemberCounts>)field.Value);
                break;
            case FieldKind.ClusterLabel:
                Label(validator, field, (ObjectValue<ClusterLabel>)field.Value);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field.Kind, $"No rule for the kind of '{field.Path}'.");
        }
    }

    /// <summary>Whether a cluster label's date has passed, so that it does not count as filled.</summary>
    public static bool IsExpired(FieldDefinition field, ClusterProfile profile, DateOnly today) =>
        field.Value is ObjectValue<ClusterLabel> label && label.Get(profile)?.ValidUntil < today;

    // A text is trimmed, then checked for length; a slug's pattern applies to the value as written:
    // " abc " is not a slug, even if its length counts trimmed.
    private static void Text(AbstractValidator<ClusterProfile> validator, FieldDefinition field, TextValue value)
    {
        var c = field.Constraints;
        var rule = validator.RuleFor(p => value.Get(p)!.Trim()).Cascade(CascadeMode.Stop)
            .Length(c.MinLength ?? 0, c.MaxLength ?? int.MaxValue).WithErrorCode(IssueCodes.Length)
            .OverridePropertyName(field.Path);
        if (c.Pattern is not null)
        {
            var pattern = new Regex(c.Pattern, RegexOptions.CultureInvariant);
            rule = rule.Must((profile, _) => ValueChecks.MatchesWhole(pattern, value.Get(profile)!)).WithErrorCode(field.InvalidCode ?? IssueCodes.ValueUnknown);
        }

        rule.When(field.Value.HasContent);
    }

    // A single value checked by a predicate; the arguments are named in the message.
    private static void Checked(AbstractValidator<ClusterProfile> validator, FieldDefinition field, TextValue value, Func<string, bool> isValid, params (string Name, object? Value)[] arguments) =>
        validator.RuleFor(p => value.Get(p))
            .Must((_, text, context) =>
            {
                foreach (var (name, argument) in arguments)
                {
                    context.MessageFormatter.AppendArgument(name, argument);
                }

                return isValid(text!);
            }).WithErrorCode(field.InvalidCode ?? IssueCodes.ValueUnknown)
            .When(field.Value.HasContent)
            .OverridePropertyName(field.Path);

    // An e-mail address as revision 1.1 defines it (FluentValidation's own rule lets info@cluster through).
    private static void Email(AbstractValidator<ClusterProfile> validator, FieldDefinition field, TextValue value) =>
        validator.RuleFor(p => value.Get(p)!.Trim())
            .Must(ValueChecks.IsEmail).WithErrorCode(field.InvalidCode ?? IssueCodes.Email)
            .When(field.Value.HasContent)
            .OverridePropertyName(field.Path);

    // A NUTS region code: of NUTS form (for Finland, an existing code), and in the profile's country.
    private static void Region(AbstractValidator<ClusterProfile> validator, FieldDefinition field, TextValue value) =>
        validator.RuleFor(p => value.Get(p)).Cascade(CascadeMode.Stop)
            .Must(NutsRegions.IsValidCode).WithErrorCode(field.InvalidCode ?? IssueCodes.RegionInvalid)
            .Must((profile, region, context) =>
            {
                context.MessageFormatter.AppendArgument("Country", profile.Country);
                return !Countries.IsKnown(profile.Country) || NutsRegions.IsInCountry(region!, profile.Country!);
            }).WithErrorCode(IssueCodes.RegionCountryMismatch)
            .When(field.Value.HasContent)
            .OverridePropertyName(field.Path);

    // A list has content when one item is non-blank; then every item is checked (blank, length, validity,
    // distinctness) and reported at its own path, industrialEcosystems[2], so the rule runs on the whole profile.
    private static void List(AbstractValidator<ClusterProfile> validator, FieldDefinition field, ListValue value, Func<string, bool>? isValid) =>
        validator.RuleFor(p => p).Custom((profile, context) =>
        {
            if (value.HasContent(profile))
            {
                CheckItems(field, value.Items(profile)!, isValid, context);
            }
        });

    private static void CheckItems(FieldDefinition field, IReadOnlyList<string?> items, Func<string, bool>? isValid, ValidationContext<ClusterProfile> context)
    {
        var c = field.Constraints;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = FieldPaths.Item(field.Path, i);
            var text = items[i];
            if (!FieldValue.IsFilled(text))
            {
                Failures.Add(context, itemPath, IssueCodes.Required, text);
                continue;
            }

            var length = text!.Trim().Length;
            if (c.MaxLength is int max && (length > max || length < (c.MinLength ?? 0)))
            {
                Failures.Add(context, itemPath, IssueCodes.Length, text, arguments: new Dictionary<string, object?>
                {
                    ["MinLength"] = c.MinLength,
                    ["MaxLength"] = max,
                    ["TotalLength"] = length,
                });
            }
            else if (isValid is not null && !isValid(text))
            {
                Failures.Add(context, itemPath, field.InvalidCode ?? IssueCodes.ValueUnknown, text);
            }
            else if (c.UniqueItems && !seen.Add(text))
            {
                Failures.Add(context, itemPath, IssueCodes.ListDuplicate, text);
            }
        }
    }

    // A number or whole number with a minimum and, optionally, a maximum; 0 is an answer.
    private static void Number(AbstractValidator<ClusterProfile> validator, FieldDefinition field, NullableValue<decimal> value)
    {
        var c = field.Constraints;
        var rule = validator.RuleFor(p => value.Get(p));
        var checkedRule = c.Maximum is decimal max
            ? rule.InclusiveBetween(c.Minimum ?? decimal.MinValue, max).WithErrorCode(IssueCodes.Range)
            : rule.GreaterThanOrEqualTo(c.Minimum ?? decimal.MinValue).WithErrorCode(IssueCodes.Minimum);
        checkedRule.When(field.Value.HasContent).OverridePropertyName(field.Path);
    }

    // A year from a first year up to the current year of the injected clock.
    private static void Year(AbstractValidator<ClusterProfile> validator, FieldDefinition field, NullableValue<int> value) =>
        validator.RuleFor(p => value.Get(p)).Cascade(CascadeMode.Stop)
            .GreaterThanOrEqualTo((int)(field.Constraints.Minimum ?? int.MinValue)).WithErrorCode(IssueCodes.Minimum)
            .Must((_, year, context) => year <= ValidationClock.Today(context).Year).WithErrorCode(IssueCodes.DateInFuture)
            .When(field.Value.HasContent)
            .OverridePropertyName(field.Path);

    // A date that is not in the future.
    private static void Date(AbstractValidator<ClusterProfile> validator, FieldDefinition field, NullableValue<DateOnly> value) =>
        validator.RuleFor(p => value.Get(p))
            .Must((_, date, context) => date <= ValidationClock.Today(context)).WithErrorCode(IssueCodes.DateInFuture)
            .When(field.Value.HasContent)
            .OverridePropertyName(field.Path);

    // Member counts: each present count is a whole number at least the minimum.
    private static void MemberCounts(AbstractValidator<ClusterProfile> validator, FieldDefinition field, ObjectValue<MemberCounts> value)
    {
        var properties = field.Constraints.Properties!;
        var minimum = (int)(field.Constraints.Minimum ?? 0);
        for (var i = 0; i < properties.Count; i++)
        {
            var index = i;
            validator.RuleFor(p => value.Get(p)!.ByType[index].Value)
                .GreaterThanOrEqualTo(minimum).WithErrorCode(IssueCodes.Minimum)
                .When(field.Value.HasContent)
            .OverridePropertyName(FieldPaths.Child(field.Path, properties[i]));
        }
    }

    // A cluster label: when given, it needs a known tier and a validity date; a label past its date is a
    // warning, and the assessment does not count it as filled.
    private static void Label(AbstractValidator<ClusterProfile> validator, FieldDefinition field, ObjectValue<ClusterLabel> value)
    {
        var tiers = field.Constraints.AllowedValues!;
        validator.RuleFor(p => value.Get(p)!.Tier).Cascade(CascadeMode.Stop)
            .Must(tier => FieldValue.IsFilled(tier?.Value)).WithErrorCode(IssueCodes.Required)
            .Must(tier => tiers.Contains(tier!.Value.Value)).WithErrorCode(field.InvalidCode ?? IssueCodes.ValueUnknown)
            .When(field.Value.HasContent)
            .OverridePropertyName(FieldPaths.Child(field.Path, "tier"));

        validator.RuleFor(p => value.Get(p)!.ValidUntil)
            .NotNull().WithErrorCode(IssueCodes.Required)
            .When(field.Value.HasContent)
            .OverridePropertyName(FieldPaths.Child(field.Path, "validUntil"));

        validator.RuleFor(p => value.Get(p)!.ValidUntil)
            .Must((_, validUntil, context) => validUntil is null || validUntil >= ValidationClock.Today(context))
            .WithErrorCode(IssueCodes.LabelExpired).WithSeverity(Severity.Warning)
            .When(field.Value.HasContent)
            .OverridePropertyName(field.Path);
    }
}
