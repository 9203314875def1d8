using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using FluentValidation;

namespace Enf.ClusterProfiles.Validation;

/// <summary>
/// A list field. It has content when at least one item is non-blank; then every item is checked (blank,
/// length, validity, distinctness) and reported at its own path, <c>industrialEcosystems[2]</c>.
/// </summary>
internal sealed class ListRule<TItem>(
    FieldKind kind,
    FieldConstraints constraints,
    Func<ClusterProfile, IReadOnlyList<TItem>?> get,
    Func<TItem, string?> textOf,
    Func<string, bool>? isValid = null,
    string invalidCode = IssueCodes.ValueUnknown)
    : FieldRule(kind, constraints)
{
    public override bool HasContent(ClusterProfile profile) =>
        get(profile) is { } items && items.Any(item => ValueChecks.IsFilled(textOf(item)));

    public override void AddRules(AbstractValidator<ClusterProfile> validator, string path) =>
        // Each item is reported at its own path, so the rule runs on the whole profile.
        validator.RuleFor(p => p).Custom((profile, context) =>
        {
            if (HasContent(profile))
            {
                CheckItems(get(profile)!, path, context);
            }
        });

    private void CheckItems(IReadOnlyList<TItem> items, string path, ValidationContext<ClusterProfile> context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            var text = textOf(items[i]);
            if (!ValueChecks.IsFilled(text))
            {
                Failures.Add(context, itemPath, IssueCodes.Required, text);
                continue;
            }

            var length = text!.Trim().Length;
            if (Constraints.MaxLength is int max && (length > max || length < (Constraints.MinLength ?? 0)))
            {
                Failures.Add(context, itemPath, IssueCodes.Length, text, arguments: new Dictionary<string, object?>
                {
                    ["MinLength"] = Constraints.MinLength,
                    ["MaxLength"] = max,
                    ["TotalLength"] = length,
                });
            }
            else if (isValid is not null && !isValid(text))
            {
                Failures.Add(context, itemPath, invalidCode, text);
            }
            else if (Constraints.UniqueItems && !seen.Add(text))
            {
                Failures.Add(context, itemPath, IssueCodes.ListDuplicate, text);
            }
        }
    }
}
