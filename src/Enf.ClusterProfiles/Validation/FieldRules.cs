using System.Text.RegularExpressions;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Reference;

namespace Enf.ClusterProfiles.Validation;

/// <summary>
/// Builds the rules of one field from its catalogue entry: the field's kind picks the check, and every limit,
/// pattern and list of values comes from its <see cref="FieldConstraints"/>, so the rules enforce exactly what
/// the catalogue publishes. This is the one place that turns a kind into a check. The placeholders are those
/// FluentValidation's own validators gave (<c>MinLength</c>, <c>From</c>, <c>ComparisonValue</c>, …), so the
/// messages read as before.
/// </summary>
internal static class FieldRules
{
    /// <summary>Adds the rules that check the field's value; they apply only when the field has content.</summary>
    public static void Add(RuleSet rules, FieldDefinition field)
    {
        var c = field.Constraints;
        switch (field.Kind)
        {
            case FieldKind.Text or FieldKind.Slug:
                Text(rules, field, (TextValue)field.Value);
                break;
            case FieldKind.Choice:
                var known = string.Join(", ", c.AllowedValues!);
                var choices = Set(c.AllowedValues!);
                Checked(rules, field, (TextValue)field.Value, choices.Contains, ("Known", known));
                break;
            case FieldKind.CountryCode:
                Checked(rules, field, (TextValue)field.Value, Countries.IsKnown);
                break;
            case FieldKind.Url:
                Checked(rules, field, (TextValue)field.Value, ValueChecks.IsHttpUrl);
                break;
            case FieldKind.Phone:
                Checked(rules, field, (TextValue)field.Value, ValueChecks.Matcher(c.Pattern!), ("MinDigits", c.MinDigits), ("MaxDigits", c.MaxDigits));
                break;
            case FieldKind.Email:
                Email(rules, field, (TextValue)field.Value);
                break;
            case FieldKind.NutsRegion:
                Region(rules, field, (TextValue)field.Value);
                break;
            case FieldKind.ChoiceList:
                List(rules, field, (ListValue)field.Value, Set(c.AllowedValues!).Contains);
                break;
            case FieldKind.CountryCodeList:
                List(rules, field, (ListValue)field.Value, Countries.IsKnown);
                break;
            case FieldKind.LanguageCodeList:
                List(rules, field, (ListValue)field.Value, Languages.IsKnown);
                break;
            case FieldKind.UrlList:
                List(rules, field, (ListValue)field.Value, ValueChecks.IsHttpUrl);
                break;
            case FieldKind.TextList:
                List(rules, field, (ListValue)field.Value, null);
                break;
            case FieldKind.Number or FieldKind.Integer:
                Number(rules, field, (NullableValue<decimal>)field.Value);
                break;
            case FieldKind.Year:
                Year(rules, field, (NullableValue<int>)field.Value);
                break;
            case FieldKind.Date:
                Date(rules, field, (NullableValue<DateOnly>)field.Value);
                break;
            case FieldKind.MemberCounts:
                MemberCounts(rules, field, (ObjectValue<MemberCounts>)field.Value);
                break;
            case FieldKind.ClusterLabel:
                Label(rules, field, (ObjectValue<ClusterLabel>)field.Value);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field.Kind, $"No rule for the kind of '{field.Path}'.");
        }
    }

    /// <summary>Whether a cluster label's date has passed, so that it does not count as filled.</summary>
    public static bool IsExpired(FieldDefinition field, ClusterProfile profile, DateOnly today) =>
        field.Value is ObjectValue<ClusterLabel> label && LabelValidity.On(label.Get(profile), today) == LabelState.Expired;

    // A text is trimmed, then checked for length; a slug's pattern applies to the value as written:
    // " abc " is not a slug, even if its length counts trimmed. A wrong length stops the checks of the field.
    private static void Text(RuleSet rules, FieldDefinition field, TextValue value)
    {
        var c = field.Constraints;
        var (min, max) = (c.MinLength ?? 0, c.MaxLength ?? int.MaxValue);
        var matches = c.Pattern is null ? null : ValueChecks.Matcher(c.Pattern);
        var invalid = field.InvalidCode ?? IssueCodes.ValueUnknown;
        rules.Add((profile, run) =>
        {
            var raw = value.Get(profile);
            if (!FieldValue.IsFilled(raw))
            {
                return;
            }

            var text = raw!.Trim();
            if (text.Length < min || text.Length > max)
            {
                run.Invalid(field, field.Path, IssueCodes.Length, text, ("MinLength", min), ("MaxLength", max), ("TotalLength", text.Length));
            }
            else if (matches is not null && !matches(raw))
            {
                run.Invalid(field, field.Path, invalid, text);
            }
        });
    }

    // A single value checked by a predicate; the arguments are named in the message.
    private static void Checked(RuleSet rules, FieldDefinition field, TextValue value, Func<string, bool> isValid, params (string Name, object? Value)[] arguments)
    {
        var code = field.InvalidCode ?? IssueCodes.ValueUnknown;
        rules.Add((profile, run) =>
        {
            var text = value.Get(profile);
            if (FieldValue.IsFilled(text) && !isValid(text!))
            {
                run.Invalid(field, field.Path, code, text, arguments);
            }
        });
    }

    // An e-mail address as revision 1.1 defines it (FluentValidation's own rule lets info@cluster through).
    private static void Email(RuleSet rules, FieldDefinition field, TextValue value)
    {
        var code = field.InvalidCode ?? IssueCodes.Email;
        rules.Add((profile, run) =>
        {
            var raw = value.Get(profile);
            if (FieldValue.IsFilled(raw) && raw!.Trim() is var text && !ValueChecks.IsEmail(text))
            {
                run.Invalid(field, field.Path, code, text);
            }
        });
    }

    // A NUTS region code: of NUTS form (for Finland, an existing code), and in the profile's country.
    private static void Region(RuleSet rules, FieldDefinition field, TextValue value)
    {
        var code = field.InvalidCode ?? IssueCodes.RegionInvalid;
        rules.Add((profile, run) =>
        {
            var region = value.Get(profile);
            if (!FieldValue.IsFilled(region))
            {
                return;
            }

            if (!NutsRegions.IsValidCode(region))
            {
                run.Invalid(field, field.Path, code, region);
            }
            else if (Countries.IsKnown(profile.Country) && !NutsRegions.IsInCountry(region!, profile.Country!))
            {
                run.Invalid(field, field.Path, IssueCodes.RegionCountryMismatch, region, ("Country", profile.Country));
            }
        });
    }

    // A list has content when one item is non-blank; then every item is checked (blank, length, validity,
    // distinctness) and reported at its own path, industrialEcosystems[2].
    private static void List(RuleSet rules, FieldDefinition field, ListValue value, Func<string, bool>? isValid) =>
        rules.Add((profile, run) =>
        {
            if (value.HasContent(profile))
            {
                CheckItems(field, value.Items(profile)!, isValid, run);
            }
        });

    private static void CheckItems(FieldDefinition field, IReadOnlyList<string?> items, Func<string, bool>? isValid, RuleRun run)
    {
        var c = field.Constraints;
        // A short list (the usual) is searched; a long one gets a set, so that a list of thousands stays linear.
        var unique = c.UniqueItems && items.Count > 1;
        var seen = unique && items.Count > 8 ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (var i = 0; i < items.Count; i++)
        {
            var text = items[i];
            if (!FieldValue.IsFilled(text))
            {
                run.Missing(field, FieldPaths.Item(field.Path, i), text);
                continue;
            }

            var length = text!.Trim().Length;
            if (c.MaxLength is int max && (length > max || length < (c.MinLength ?? 0)))
            {
                run.Invalid(field, FieldPaths.Item(field.Path, i), IssueCodes.Length, text, ("MinLength", c.MinLength), ("MaxLength", max), ("TotalLength", length));
            }
            else if (isValid is not null && !isValid(text))
            {
                run.Invalid(field, FieldPaths.Item(field.Path, i), field.InvalidCode ?? IssueCodes.ValueUnknown, text);
            }
            else if (seen is not null ? !seen.Add(text) : unique && IsRepeated(items, i))
            {
                run.Invalid(field, FieldPaths.Item(field.Path, i), IssueCodes.ListDuplicate, text);
            }
        }
    }

    // A closed list as a set, built with the rules: a list's Contains compared each value with every choice.
    private static HashSet<string> Set(IReadOnlyList<string> values) => new(values, StringComparer.Ordinal);

    // Whether an item equals one before it; equal items meet the same checks, so an earlier equal one was valid too.
    private static bool IsRepeated(IReadOnlyList<string?> items, int index)
    {
        var text = items[index];
        for (var i = 0; i < index; i++)
        {
            if (string.Equals(items[i], text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // A number or whole number with a minimum and, optionally, a maximum; 0 is an answer.
    private static void Number(RuleSet rules, FieldDefinition field, NullableValue<decimal> value)
    {
        var c = field.Constraints;
        var min = c.Minimum ?? decimal.MinValue;
        rules.Add((profile, run) =>
        {
            if (value.Get(profile) is not decimal number)
            {
                return;
            }

            if (c.Maximum is decimal max)
            {
                if (number < min || number > max)
                {
                    run.Invalid(field, field.Path, IssueCodes.Range, number, ("From", min), ("To", max));
                }
            }
            else if (number < min)
            {
                run.Invalid(field, field.Path, IssueCodes.Minimum, number, ("ComparisonValue", min));
            }
        });
    }

    // A year from a first year up to the current year of the injected clock.
    private static void Year(RuleSet rules, FieldDefinition field, NullableValue<int> value)
    {
        var min = (int)(field.Constraints.Minimum ?? int.MinValue);
        rules.Add((profile, run) =>
        {
            if (value.Get(profile) is not int year)
            {
                return;
            }

            if (year < min)
            {
                run.Invalid(field, field.Path, IssueCodes.Minimum, year, ("ComparisonValue", min));
            }
            else if (year > run.Today.Year)
            {
                run.Invalid(field, field.Path, IssueCodes.DateInFuture, year);
            }
        });
    }

    // A date that is not in the future.
    private static void Date(RuleSet rules, FieldDefinition field, NullableValue<DateOnly> value) =>
        rules.Add((profile, run) =>
        {
            if (value.Get(profile) is DateOnly date && date > run.Today)
            {
                run.Invalid(field, field.Path, IssueCodes.DateInFuture, date);
            }
        });

    // Member counts: each present count is a whole number at least the minimum.
    private static void MemberCounts(RuleSet rules, FieldDefinition field, ObjectValue<MemberCounts> value)
    {
        var paths = field.Constraints.Properties!.Select(p => FieldPaths.Child(field.Path, p)).ToArray();
        var minimum = (int)(field.Constraints.Minimum ?? 0);
        rules.Add((profile, run) =>
        {
            if (!value.HasContent(profile))
            {
                return;
            }

            var counts = value.Get(profile)!.ByType;
            for (var i = 0; i < paths.Length; i++)
            {
                if (counts[i].Value is int count && count < minimum)
                {
                    run.Invalid(field, paths[i], IssueCodes.Minimum, count, ("ComparisonValue", minimum));
                }
            }
        });
    }

    // A cluster label: when given, it needs a known tier and a validity date; a label past its date is a
    // warning, and the assessment does not count it as filled.
    private static void Label(RuleSet rules, FieldDefinition field, ObjectValue<ClusterLabel> value)
    {
        var tiers = Set(field.Constraints.AllowedValues!);
        var tierPath = FieldPaths.Child(field.Path, "tier");
        var untilPath = FieldPaths.Child(field.Path, "validUntil");
        var invalid = field.InvalidCode ?? IssueCodes.ValueUnknown;
        rules.Add((profile, run) =>
        {
            if (!value.HasContent(profile))
            {
                return;
            }

            var label = value.Get(profile)!;
            if (!FieldValue.IsFilled(label.Tier?.Value))
            {
                run.Missing(field, tierPath, label.Tier);
            }
            else if (!tiers.Contains(label.Tier!.Value.Value))
            {
                run.Invalid(field, tierPath, invalid, label.Tier);
            }

            if (label.ValidUntil is null)
            {
                run.Missing(field, untilPath, null);
            }
            else if (LabelValidity.On(label, run.Today) == LabelState.Expired)
            {
                run.Note(field, field.Path, IssueCodes.LabelExpired, IssueSeverity.Warning, label.ValidUntil);
            }
        });
    }
}
