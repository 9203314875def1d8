using System.Globalization;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Configuration;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Reference;
using Enf.ClusterProfiles.Validation;

namespace Enf.ClusterProfiles.Assessment;

/// <summary>
/// The one entry point: validates a profile (a model, raw JSON or a document read from a file) and scores
/// it. Thread-safe; build one and reuse it (the rules are built once).
/// </summary>
public sealed class ProfileAssessor
{
    private readonly ClusterProfilesOptions options;
    private readonly TimeProvider timeProvider;
    private readonly RuleSet profileRules;
    private readonly RuleSet publicationRules;
    private readonly FieldStates fieldStates;
    private readonly ProScoring proScoring;

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
        // The public validators' rules without the validators: building FluentValidation's rules cost a fresh process about 40 ms.
        profileRules = ClusterProfileValidator.BuildRules(Catalog, options.StaleAfterDays, options.LabelExpiresSoonDays);
        publicationRules = PublicationCriteriaValidator.BuildRules(Catalog, options.Publication);
        fieldStates = new FieldStates(Catalog);
        proScoring = new ProScoring(Catalog, options);
    }

    /// <summary>The field catalogue in force, with the options' requirement changes applied.</summary>
    public FieldCatalog Catalog { get; }

    /// <summary>The options in force.</summary>
    public ClusterProfilesOptions Options => options;

    /// <summary>Assesses a profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="culture">Language of the messages; by default the options' culture, then the current UI culture.</param>
    /// <returns>The assessment; bad values are findings in it, never exceptions.</returns>
    public ProfileAssessment Assess(ClusterProfile profile, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return AssessProfile(profile, null, culture ?? options.Culture);
    }

    /// <summary>
    /// Assesses a profile read from raw input: findings about the input itself (syntax, types, encoding) come
    /// first, and every finding carries the line and column of its field.
    /// </summary>
    /// <param name="document">The document, from <see cref="ProfileDocument"/>'s readers.</param>
    /// <param name="culture">Language of the messages.</param>
    public ProfileAssessment Assess(ProfileDocument document, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        culture ??= options.Culture;
        return document.Profile is null ? Unreadable(document, culture) : AssessProfile(document.Profile, document, culture);
    }

    /// <summary>Assesses one profile given as JSON text; malformed JSON is a finding, never an exception.</summary>
    /// <param name="json">The JSON text of one profile object.</param>
    /// <param name="culture">Language of the messages.</param>
    public ProfileAssessment AssessJson(string json, CultureInfo? culture = null) =>
        Assess(ProfileDocument.Parse(json, maxBytes: options.MaxProfileBytes), culture);

    /// <summary>Assesses one profile given as UTF-8 JSON bytes; malformed JSON is a finding, never an exception.</summary>
    /// <param name="utf8Json">The bytes of one profile object (a byte order mark is accepted).</param>
    /// <param name="culture">Language of the messages.</param>
    public ProfileAssessment AssessJson(ReadOnlyMemory<byte> utf8Json, CultureInfo? culture = null) =>
        Assess(ProfileDocument.Parse(utf8Json, maxBytes: options.MaxProfileBytes), culture);

    /// <summary>The day this assessor takes as today: the clock's, in the options' time zone.</summary>
    public DateOnly Today() => ValidationClock.TodayFrom(timeProvider, options.TimeZone);

    // Read → rules → verdicts from the typed findings → rendering at the edge (messages, places, the cap).
    private ProfileAssessment AssessProfile(ClusterProfile profile, ProfileDocument? document, CultureInfo? culture)
    {
        profile = ProfileTrimming.Trim(Catalog, profile); // every text value is trimmed before any rule applies (revision 1.1)
        var today = Today();
        var read = document?.Findings ?? [];
        var dropped = DroppedPaths.Of(read);

        // The validators' own rules, run directly: no FluentValidation context, result or failure per profile.
        var run = new RuleRun(today);
        profileRules.Run(profile, run);
        publicationRules.Run(profile, run);
        var found = dropped.IsEmpty ? run.Findings : run.Findings.FindAll(f => !dropped.Touches(f.Path)); // a value dropped for its type is not also "missing"

        var euOrCosme = Countries.IsEuOrCosme(profile.Country);
        var fields = fieldStates.Of(profile, read, found, dropped, euOrCosme, today);
        var (errors, warnings) = Count(read, found);
        var valid = errors == 0;
        var (filled, mandatoryMissing) = (0, new List<string>());
        foreach (var field in fields)
        {
            filled += field.State == FieldState.Filled ? 1 : 0;
            if (field.Requirement == FieldRequirement.Mandatory && field.State == FieldState.Missing)
            {
                mandatoryMissing.Add(field.Path);
            }
        }

        var label = LabelOf(profile, dropped, today);
        var (issues, partial) = IssueRendering.Render(Catalog, read, found, document, culture, options.MaxIssues);
        return new ProfileAssessment
        {
            SchemaVersion = SchemaVersions.V1,
            Source = document?.Source,
            Line = document?.Start.Line,
            Id = profile.Id,
            Name = profile.Name,
            Country = profile.Country,
            Region = profile.Region,
            Partial = partial,
            AssessedOn = today,
            EuOrCosme = euOrCosme,
            Valid = valid,
            ErrorCount = errors,
            WarningCount = warnings,
            Issues = issues,
            MandatoryMissing = mandatoryMissing,
            Completeness = fields.Count == 0 ? 1 : (double)filled / fields.Count,
            Pro = proScoring.Score(fields, valid),
            Publication = PublicationScoring.Of(Catalog, profile, found, valid, euOrCosme),
            Stale = Catalog.Find(FieldPaths.LastUpdated) is { Requirement: not FieldRequirement.Unused }
                && Freshness.IsStale(profile.LastUpdated, today, options.StaleAfterDays),
            LabelExpired = label == LabelState.Expired,
            LabelExpiresSoon = label == LabelState.ExpiresSoon,
            Fields = fields,
        };
    }

    // The label's state, when the catalogue asks for it and the reader took every part of it.
    private LabelState LabelOf(ClusterProfile profile, DroppedPaths dropped, DateOnly today) =>
        Catalog.Find(FieldPaths.ClusterLabel) is { Requirement: not FieldRequirement.Unused } field && field.HasContent(profile) && !dropped.Touches(field.Path)
            ? LabelValidity.On(profile.ClusterLabel, today, options.LabelExpiresSoonDays)
            : LabelState.None;

    // Every error and warning, whether the cap keeps it or not.
    private static (int Errors, int Warnings) Count(IReadOnlyList<Finding> read, List<RuleFinding> found)
    {
        var (errors, warnings) = (0, 0);
        for (var i = 0; i < read.Count; i++) // indexed: a foreach over the interface would allocate its enumerator
        {
            errors += read[i].Severity == IssueSeverity.Error ? 1 : 0;
            warnings += read[i].Severity == IssueSeverity.Warning ? 1 : 0;
        }

        foreach (var finding in found)
        {
            errors += finding.Severity == IssueSeverity.Error ? 1 : 0;
            warnings += finding.Severity == IssueSeverity.Warning ? 1 : 0;
        }

        return (errors, warnings);
    }

    private ProfileAssessment Unreadable(ProfileDocument document, CultureInfo? culture)
    {
        var optionalTotal = Catalog.Fields.Count(f => f.IsOptionalFor(euOrCosme: true));
        var (errors, warnings) = Count(document.Findings, []);
        return new ProfileAssessment
        {
            SchemaVersion = SchemaVersions.V1,
            Source = document.Source,
            Line = document.Start.Line,
            Readable = false,
            SourceUnreadable = document.Findings.Any(f => f.Kind == FindingKind.SourceUnreadable),
            AssessedOn = Today(),
            EuOrCosme = false,
            Valid = false,
            ErrorCount = errors,
            WarningCount = warnings,
            Issues = [.. document.Findings.Select(f => IssueRendering.From(Catalog, f, culture, document))],
            MandatoryMissing = [],
            Completeness = 0,
            Pro = new ProEligibility
            {
                Eligible = false,
                OptionalFilled = 0,
                OptionalTotal = optionalTotal,
                Needed = ProScoring.Required(options.ProThreshold, optionalTotal),
                Suggestions = [],
            },
            Publication = new PublicationReadiness { Ready = false, Applies = false, Waived = false, Unmet = [] },
            Stale = false,
            LabelExpired = false,
            LabelExpiresSoon = false,
            Fields = [],
        };
    }
}
