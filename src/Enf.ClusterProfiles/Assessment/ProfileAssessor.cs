using System.Globalization;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Configuration;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace Enf.ClusterProfiles.Assessment;

/// <summary>
/// The one entry point: validates a profile and scores it. Thread-safe; build one and reuse it (the
/// validators are compiled once).
/// </summary>
public sealed class ProfileAssessor
{
    private readonly ClusterProfilesOptions options;
    private readonly TimeProvider timeProvider;
    private readonly ClusterProfileValidator validator;
    private readonly PublicationCriteriaValidator publicationValidator = new();

    /// <summary>An assessor with the spec's defaults and the system clock.</summary>
    public ProfileAssessor()
        : this(new ClusterProfilesOptions())
    {
    }

    /// <summary>An assessor with the given options.</summary>
    /// <param name="options">Settings; checked here, so a wrong one fails at construction.</param>
    /// <param name="timeProvider">The clock for "today"; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A setting is invalid.</exception>
    public ProfileAssessor(ClusterProfilesOptions options, TimeProvider? timeProvider = null)
    {
        ClusterProfilesOptionsValidator.EnsureValid(options);
        this.options = options;
        this.timeProvider = timeProvider ?? TimeProvider.System;
        Catalog = options.BuildCatalog();
        validator = new ClusterProfileValidator(Catalog, options.StaleAfterDays, this.timeProvider);
    }

    /// <summary>The field catalogue in force, with the options' requirement changes applied.</summary>
    public FieldCatalog Catalog { get; }

    /// <summary>Assesses a profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="culture">Language of the messages; by default the options' culture, then the current UI culture.</param>
    /// <returns>The assessment; bad values are findings in it, never exceptions.</returns>
    public ProfileAssessment Assess(ClusterProfile profile, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        culture ??= options.Culture;
        var today = ValidationClock.TodayFrom(timeProvider);

        var failures = Validate(validator, profile, today).Concat(Validate(publicationValidator, profile, today));
        var issues = failures.Select(f => ToIssue(f, culture)).ToList();

        var euOrCosme = ClusterProfileValidator.IsEuOrCosme(profile);
        var fields = FieldStatuses(profile, issues, euOrCosme, today);
        var valid = issues.TrueForAll(i => i.Severity != IssueSeverity.Error);

        return new ProfileAssessment
        {
            SchemaVersion = SchemaVersions.V1,
            Id = profile.Id,
            Name = profile.Name,
            AssessedOn = today,
            EuOrCosme = euOrCosme,
            Valid = valid,
            Issues = issues,
            MandatoryMissing = [.. fields.Where(f => f.Requirement == FieldRequirement.Mandatory && f.State == FieldState.Missing).Select(f => f.Path)],
            Completeness = fields.Count == 0 ? 1 : (double)fields.Count(f => f.State == FieldState.Filled) / fields.Count,
            Pro = ScorePro(fields, valid),
            Publication = Publication(profile, issues, valid, euOrCosme),
            Stale = issues.Exists(i => i.Code == IssueCodes.ProfileStale),
            LabelExpired = issues.Exists(i => i.Code == IssueCodes.LabelExpired),
            Fields = fields,
        };
    }

    private static List<ValidationFailure> Validate(IValidator<ClusterProfile> validator, ClusterProfile profile, DateOnly today)
    {
        var context = new ValidationContext<ClusterProfile>(profile);
        context.RootContextData[ValidationClock.TodayKey] = today;
        return validator.Validate(context).Errors;
    }

    private List<FieldStatus> FieldStatuses(ClusterProfile profile, List<ProfileIssue> issues, bool euOrCosme, DateOnly today)
    {
        var invalid = issues.Where(i => i.Severity == IssueSeverity.Error)
            .Select(i => Catalog.FieldOf(i.Path)?.Path)
            .ToHashSet(StringComparer.Ordinal);

        var statuses = new List<FieldStatus>();
        foreach (var field in Catalog.Fields)
        {
            var requirement = field.IsMandatoryFor(euOrCosme) ? FieldRequirement.Mandatory
                : field.IsOptionalFor(euOrCosme) ? FieldRequirement.Optional
                : (FieldRequirement?)null;
            if (requirement is null)
            {
                continue;
            }

            var state = !field.Rule.HasContent(profile) ? FieldState.Missing
                : invalid.Contains(field.Path) ? FieldState.Invalid
                : field.Rule is ClusterLabelRule label && label.IsExpired(profile, today) ? FieldState.Expired
                : FieldState.Filled;
            statuses.Add(new FieldStatus(field.Path, requirement.Value, state));
        }

        return statuses;
    }

    private ProEligibility ScorePro(List<FieldStatus> fields, bool valid)
    {
        var optional = fields.Where(f => f.Requirement == FieldRequirement.Optional).ToList();
        var filled = optional.Count(f => f.State == FieldState.Filled);

        // The spec's rule is 2 × filled ≥ total; with a configurable share that is filled ≥ ⌈share × total⌉.
        // The small epsilon keeps 0.5 × 21 = 10.5 from rounding up to 12 through floating-point noise.
        var required = (int)Math.Ceiling((options.ProThreshold * optional.Count) - 1e-9);
        var needed = Math.Max(0, required - filled);
        var suggestions = optional
            .Where(f => f.State != FieldState.Filled)
            .OrderBy(f => Catalog[f.Path].SuggestionOrder)
            .Take(Math.Max(needed, options.SuggestionCount))
            .Select(f => f.Path)
            .ToList();

        return new ProEligibility
        {
            Eligible = valid && needed == 0,
            OptionalFilled = filled,
            OptionalTotal = optional.Count,
            Needed = needed,
            Suggestions = suggestions,
        };
    }

    private static PublicationReadiness Publication(ClusterProfile profile, List<ProfileIssue> issues, bool valid, bool euOrCosme)
    {
        var waived = euOrCosme && PublicationCriteriaValidator.IsWaived(profile);
        var unmet = issues
            .Where(i => i.Code.StartsWith("publication.", StringComparison.Ordinal) && i.Code != IssueCodes.PublicationWaived)
            .Select(i => i.Code)
            .Distinct()
            .ToList();
        return new PublicationReadiness
        {
            Ready = valid && unmet.Count == 0,
            Applies = euOrCosme,
            Waived = waived,
            Unmet = unmet,
        };
    }

    private ProfileIssue ToIssue(ValidationFailure failure, CultureInfo? culture)
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in failure.FormattedMessagePlaceholderValues ?? new Dictionary<string, object>())
        {
            if (name is not ("PropertyName" or "PropertyPath"))
            {
                arguments[name] = FormatArgument(value);
            }
        }

        var issue = new ProfileIssue
        {
            Code = failure.ErrorCode,
            Severity = failure.Severity switch
            {
                Severity.Error => IssueSeverity.Error,
                Severity.Warning => IssueSeverity.Warning,
                _ => IssueSeverity.Info,
            },
            Path = failure.PropertyName,
            Message = string.Empty,
            Arguments = arguments,
        };
        return IssueMessages.Localize(issue, Catalog, culture);
    }

    // Arguments are stored as invariant text so that a message renders the same on every machine.
    private static string FormatArgument(object? value) => value switch
    {
        null => "—",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => Shorten(formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => Shorten(value.ToString() ?? string.Empty),
    };

    // A message quotes at most the start of a value: a million-character string stays out of it.
    private static string Shorten(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 117), "…");
}
