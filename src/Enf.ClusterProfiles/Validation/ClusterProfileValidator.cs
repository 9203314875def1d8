using System.Text.Json;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Reference;
using FluentValidation;
using FluentValidation.Results;

namespace Enf.ClusterProfiles.Validation;

/// <summary>
/// The rules of profile-v1 as a FluentValidation validator, built from a field catalogue: for each used
/// field, a requirement rule (mandatory, or mandatory in EU/COSME countries) and the rules of its value;
/// then freshness and unknown properties. Every failure carries an <see cref="IssueCodes">issue code</see>
/// and the JSON path of the field. Use <c>Assessment.ProfileAssessor</c> for scores and messages.
/// </summary>
public sealed class ClusterProfileValidator : AbstractValidator<ClusterProfile>
{
    private readonly TimeProvider timeProvider;
    private readonly TimeZoneInfo timeZone;

    /// <summary>A validator for the catalogue of profile version 1 with the default freshness of 365 days.</summary>
    public ClusterProfileValidator()
        : this(FieldCatalog.Version1)
    {
    }

    /// <summary>A validator for a catalogue.</summary>
    /// <param name="catalog">The field catalogue.</param>
    /// <param name="staleAfterDays">Days after <c>lastUpdated</c> at which a profile is stale.</param>
    /// <param name="timeProvider">The clock for "today"; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="labelExpiresSoonDays">Days before a label's <c>validUntil</c> from which it expires soon (the note <c>label.expiresSoon</c>); 0 for never.</param>
    /// <param name="timeZone">The zone whose calendar day is "today"; Finland's (<c>Europe/Helsinki</c>) when <see langword="null"/>.</param>
    public ClusterProfileValidator(FieldCatalog catalog, int staleAfterDays = 365, TimeProvider? timeProvider = null, int labelExpiresSoonDays = 90, TimeZoneInfo? timeZone = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentOutOfRangeException.ThrowIfLessThan(staleAfterDays, 1);
        Catalog = catalog;
        this.timeProvider = timeProvider ?? TimeProvider.System;
        this.timeZone = timeZone ?? HelsinkiTime.Zone;
        Rules = BuildRules(catalog, staleAfterDays, labelExpiresSoonDays);
        Rules.AddTo(this, catalog, ValidationClock.Today);
    }

    /// <summary>The rules themselves, which the assessor runs without FluentValidation's per-run objects.</summary>
    internal RuleSet Rules { get; }

    /// <summary>
    /// The rules of a catalogue: for each used field its requirement and its value's rules, then freshness, the
    /// label reminder and unknown properties. The assessor runs them as they are; this validator wraps them.
    /// </summary>
    internal static RuleSet BuildRules(FieldCatalog catalog, int staleAfterDays, int labelExpiresSoonDays)
    {
        var rules = new RuleSet();
        foreach (var field in catalog.Fields.Where(f => f.Requirement != FieldRequirement.Unused))
        {
            AddRequirementRule(rules, field);
            FieldRules.Add(rules, field);
        }

        if (catalog.Find(FieldPaths.LastUpdated) is { Requirement: not FieldRequirement.Unused } lastUpdated)
        {
            AddFreshnessRules(rules, lastUpdated, staleAfterDays);
        }

        if (labelExpiresSoonDays > 0 && catalog.Find(FieldPaths.ClusterLabel) is { Requirement: not FieldRequirement.Unused } label)
        {
            AddLabelReminder(rules, label, labelExpiresSoonDays);
        }

        rules.Add(ReportUnknownProperties);
        return rules;
    }

    // A label still valid but for no more than the setting: a note, so that a council can remind the cluster in time.
    private static void AddLabelReminder(RuleSet rules, FieldDefinition field, int days) =>
        rules.Add((profile, run) =>
        {
            if (LabelValidity.On(profile.ClusterLabel, run.Today, days) == LabelState.ExpiresSoon)
            {
                var until = profile.ClusterLabel!.ValidUntil!.Value;
                run.Note(field, field.Path, IssueCodes.LabelExpiresSoon, IssueSeverity.Info, until, ("ValidUntil", until), ("Days", LabelValidity.DaysLeft(profile.ClusterLabel, run.Today)));
            }
        });

    /// <summary>The catalogue the rules were built from.</summary>
    public FieldCatalog Catalog { get; }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<ClusterProfile> context, ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RootContextData.TryAdd(ValidationClock.TodayKey, ValidationClock.TodayFrom(timeProvider, timeZone));
        return true;
    }

    private static void AddRequirementRule(RuleSet rules, FieldDefinition field)
    {
        if (field.Requirement is not (FieldRequirement.Mandatory or FieldRequirement.MandatoryInEu))
        {
            return;
        }

        var onlyInEu = field.Requirement == FieldRequirement.MandatoryInEu; // the country is looked up only for these
        rules.Add((profile, run) =>
        {
            if ((!onlyInEu || Countries.IsEuOrCosme(profile.Country)) && !field.HasContent(profile))
            {
                run.Missing(field, field.Path, false, ("ComparisonValue", true));
            }
        });
    }

    private static void AddFreshnessRules(RuleSet rules, FieldDefinition field, int staleAfterDays) =>
        rules.Add((profile, run) =>
        {
            if (profile.LastUpdated is not DateOnly date)
            {
                run.Note(field, field.Path, IssueCodes.LastUpdatedUnknown, IssueSeverity.Info, null);
            }
            else if (Freshness.IsStale(date, run.Today, staleAfterDays))
            {
                run.Note(field, field.Path, IssueCodes.ProfileStale, IssueSeverity.Warning, date, ("Days", staleAfterDays));
            }
        });

    // Properties outside version 1 are kept for round-tripping and reported once each (forward compatibility).
    private static void ReportUnknownProperties(ClusterProfile profile, RuleRun run)
    {
        Report(string.Empty, profile.AdditionalProperties);
        Report(FieldPaths.Contact, profile.Contact?.AdditionalProperties);
        Report(FieldPaths.Members, profile.Members?.AdditionalProperties);
        Report(FieldPaths.ClusterLabel, profile.ClusterLabel?.AdditionalProperties);

        void Report(string prefix, Dictionary<string, JsonElement>? properties)
        {
            if (properties is null)
            {
                return;
            }

            // A name starting with $ ($schema, init's $help) is an annotation: ignored, no finding (revision 1.1).
            foreach (var name in properties.Keys)
            {
                if (!name.StartsWith('$'))
                {
                    run.Note(null, FieldPaths.Child(prefix, name), IssueCodes.PropertyUnknown, IssueSeverity.Warning, null, ("Version", SchemaVersions.V1));
                }
            }
        }
    }
}
