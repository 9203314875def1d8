using System.Globalization;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Configuration;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Validation;
using FluentValidation;

namespace Enf.ClusterProfiles.Assessment;

/// <summary>
/// The one entry point: validates a profile (a model, raw JSON or a document read from a file) and scores
/// it. Thread-safe; build one and reuse it (the validators are compiled once).
/// </summary>
public sealed class ProfileAssessor
{
    private readonly ClusterProfilesOptions options;
    private readonly TimeProvider timeProvider;
    private readonly ClusterProfileValidator validator;
    private readonly PublicationCriteriaValidator publicationValidator;

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
        validator = new ClusterProfileValidator(Catalog, options.StaleAfterDays, this.timeProvider, options.LabelExpiresSoonDays);
        publicationValidator = new PublicationCriteriaValidator(Catalog);
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

    private ProfileAssessment AssessProfile(ClusterProfile profile, ProfileDocument? document, CultureInfo? culture)
    {
        profile = TextTrimming.Trim(profile); // every text value is trimmed before any rule applies (revision 1.1)
        var today = ValidationClock.TodayFrom(timeProvider);
        var findings = document?.Findings ?? [];
        var issues = new List<ProfileIssue>(findings.Count + 8);
        foreach (var finding in findings)
        {
            issues.Add(ToIssue(finding, culture, document));
        }

        var dropped = issues.Count == 0 ? DroppedPaths.None : new DroppedPaths(issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => i.Path));

        // The validators' own rules, run directly: no FluentValidation context, result or failure per profile.
        var run = new RuleRun(today);
        validator.Rules.Run(profile, run);
        publicationValidator.Rules.Run(profile, run);
        var kept = run.Findings.FindAll(f => !dropped.Touches(f.Path)); // a value dropped for its type is not also "missing"
        var found = document is null || kept.Count == 0 ? null : document.FoundPositionsOf(kept.ConvertAll(f => f.Path));
        for (var i = 0; i < kept.Count; i++)
        {
            issues.Add(ToIssue(kept[i], found?[i], culture, document));
        }

        var euOrCosme = ClusterProfileValidator.IsEuOrCosme(profile);
        var fields = FieldStatuses(profile, issues, dropped, euOrCosme, today);
        var valid = issues.TrueForAll(i => i.Severity != IssueSeverity.Error);
        var (reported, partial) = Cap(issues, culture);

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
            Issues = reported,
            MandatoryMissing = [.. fields.Where(f => f.Requirement == FieldRequirement.Mandatory && f.State == FieldState.Missing).Select(f => f.Path)],
            Completeness = fields.Count == 0 ? 1 : (double)fields.Count(f => f.State == FieldState.Filled) / fields.Count,
            Pro = ScorePro(fields, valid),
            Publication = Publication(profile, issues, valid, euOrCosme),
            Stale = issues.Exists(i => i.Code == IssueCodes.ProfileStale),
            LabelExpired = issues.Exists(i => i.Code == IssueCodes.LabelExpired),
            Fields = fields,
        };
    }

    private ProfileAssessment Unreadable(ProfileDocument document, CultureInfo? culture)
    {
        var optionalTotal = Catalog.Fields.Count(f => f.IsOptionalFor(euOrCosme: true));
        return new ProfileAssessment
        {
            SchemaVersion = SchemaVersions.V1,
            Source = document.Source,
            Line = document.Start.Line,
            Readable = false,
            AssessedOn = ValidationClock.TodayFrom(timeProvider),
            EuOrCosme = false,
            Valid = false,
            Issues = [.. document.Findings.Select(f => ToIssue(f, culture, document))],
            MandatoryMissing = [],
            Completeness = 0,
            Pro = new ProEligibility
            {
                Eligible = false,
                OptionalFilled = 0,
                OptionalTotal = optionalTotal,
                Needed = RequiredForPro(optionalTotal),
                Suggestions = [],
            },
            Publication = new PublicationReadiness { Ready = false, Applies = false, Waived = false, Unmet = [] },
            Stale = false,
            LabelExpired = false,
            Fields = [],
        };
    }

    /// <summary>
    /// The paths whose values the reader dropped (wrong type, bad date, …), answering in time proportional to a
    /// path's depth whether a path is one of them, inside one, or holds one.
    /// </summary>
    private sealed class DroppedPaths
    {
        private readonly HashSet<string> paths = new(StringComparer.Ordinal);
        private readonly HashSet<string> holders = new(StringComparer.Ordinal);

        /// <summary>No path dropped: the common case, shared.</summary>
        public static DroppedPaths None { get; } = new([]);

        public DroppedPaths(IEnumerable<string> dropped)
        {
            foreach (var path in dropped.Where(p => p.Length > 0))
            {
                paths.Add(path);
                for (var holder = FieldPaths.Parent(path); holder.Length > 0; holder = FieldPaths.Parent(holder))
                {
                    holders.Add(holder);
                }
            }
        }

        public bool Touches(string path)
        {
            if (paths.Count == 0)
            {
                return false;
            }

            if (holders.Contains(path))
            {
                return true;
            }

            for (var candidate = path; candidate.Length > 0; candidate = FieldPaths.Parent(candidate))
            {
                if (paths.Contains(candidate))
                {
                    return true;
                }
            }

            return false;
        }
    }

    // Keeps at most MaxIssues findings, errors first, and says so in a last finding when any were left out.
    private (IReadOnlyList<ProfileIssue> Issues, bool Partial) Cap(List<ProfileIssue> issues, CultureInfo? culture)
    {
        if (options.MaxIssues is not int limit || issues.Count <= limit)
        {
            return (issues, false);
        }

        var kept = issues.OrderBy(i => i.Severity).Take(limit).ToList();
        var arguments = new Dictionary<string, string>
        {
            ["Omitted"] = (issues.Count - limit).ToString(CultureInfo.InvariantCulture),
            ["Limit"] = limit.ToString(CultureInfo.InvariantCulture),
        };
        kept.Add(Catalog.Localize(new ProfileIssue { Code = IssueCodes.IssuesCapped, Severity = IssueSeverity.Info, Path = string.Empty, Message = string.Empty, Arguments = arguments },
            culture));
        return (kept, true);
    }

    private List<FieldStatus> FieldStatuses(ClusterProfile profile, List<ProfileIssue> issues, DroppedPaths dropped, bool euOrCosme, DateOnly today)
    {
        // The fields with an error, and those with an error other than "missing" (most profiles have none).
        HashSet<string?>? invalid = null;
        HashSet<string?>? itemErrors = null;
        foreach (var issue in issues)
        {
            if (issue.Severity == IssueSeverity.Error)
            {
                var path = Catalog.FieldOf(issue.Path)?.Path;
                (itemErrors ??= new(StringComparer.Ordinal)).Add(path);
                if (issue.Code != IssueCodes.Required)
                {
                    (invalid ??= new(StringComparer.Ordinal)).Add(path);
                }
            }
        }

        var statuses = new List<FieldStatus>(Catalog.Fields.Count);
        foreach (var field in Catalog.Fields)
        {
            var requirement = field.IsMandatoryFor(euOrCosme) ? FieldRequirement.Mandatory
                : field.IsOptionalFor(euOrCosme) ? FieldRequirement.Optional
                : (FieldRequirement?)null;
            if (requirement is null)
            {
                continue;
            }

            var hasContent = field.HasContent(profile);
            var state = hasContent && itemErrors?.Contains(field.Path) == true ? FieldState.Invalid
                : !hasContent && (invalid?.Contains(field.Path) == true || dropped.Touches(field.Path)) ? FieldState.Invalid // present in the input, but dropped for its type
                : !hasContent ? FieldState.Missing
                : FieldRules.IsExpired(field, profile, today) ? FieldState.Expired
                : FieldState.Filled;
            statuses.Add(new FieldStatus(field.Path, requirement.Value, state));
        }

        return statuses;
    }

    // The spec's rule is 2 × filled ≥ total; with a configurable share that is filled ≥ ⌈share × total⌉.
    // The small epsilon keeps 0.5 × 21 = 10.5 from rounding up to 12 through floating-point noise.
    private int RequiredForPro(int optionalTotal) => (int)Math.Ceiling((options.ProThreshold * optionalTotal) - 1e-9);

    private ProEligibility ScorePro(List<FieldStatus> fields, bool valid)
    {
        var (total, filled) = (0, 0);
        var missing = new List<(int Order, int Index, string Path)>();
        foreach (var field in fields)
        {
            if (field.Requirement == FieldRequirement.Optional)
            {
                total++;
                if (field.State == FieldState.Filled)
                {
                    filled++;
                }
                else
                {
                    missing.Add((Catalog[field.Path].SuggestionOrder, missing.Count, field.Path));
                }
            }
        }

        var needed = Math.Max(0, RequiredForPro(total) - filled);
        missing.Sort(); // by suggestion order, then the catalogue's order
        var suggestions = new List<string>();
        for (var i = 0; i < missing.Count && i < Math.Max(needed, options.SuggestionCount); i++)
        {
            suggestions.Add(missing[i].Path);
        }

        return new ProEligibility
        {
            Eligible = valid && needed == 0,
            OptionalFilled = filled,
            OptionalTotal = total,
            Needed = needed,
            Suggestions = suggestions,
        };
    }

    private PublicationReadiness Publication(ClusterProfile profile, List<ProfileIssue> issues, bool valid, bool euOrCosme)
    {
        var waived = euOrCosme && publicationValidator.IsWaivedFor(profile);
        var unmet = new List<string>();
        foreach (var issue in issues)
        {
            if (issue.Code.StartsWith("publication.", StringComparison.Ordinal) && issue.Code != IssueCodes.PublicationWaived && !unmet.Contains(issue.Code))
            {
                unmet.Add(issue.Code);
            }
        }

        return new PublicationReadiness
        {
            Ready = valid && unmet.Count == 0,
            Applies = euOrCosme,
            Waived = waived,
            Unmet = unmet,
        };
    }

    private ProfileIssue ToIssue(Finding finding, CultureInfo? culture, ProfileDocument? document) =>
        InCell(document, culture, finding.Position is not null, Catalog.Localize(
            new ProfileIssue
            {
                Code = finding.Code,
                Severity = finding.Severity,
                Path = finding.Path,
                Message = string.Empty,
                Line = finding.Position?.Line,
                Column = finding.Position?.Column,
                Arguments = finding.Arguments,
            },
            culture));

    // A finding in a spreadsheet names its cell as the spreadsheet does (I3): the row is the document's, the column
    // the finding's. A finding about a field the row does not hold (a missing one) names the row.
    private static ProfileIssue InCell(ProfileDocument? document, CultureInfo? culture, bool inCell, ProfileIssue issue) =>
        document?.SpreadsheetRow is not int row || issue.Code == IssueCodes.FileEncoding ? issue
            : inCell && issue.Column is int column && column > 0
                ? issue with { Message = IssueMessages.InCell(Bulk.SpreadsheetColumns.CellName(row, column), issue.Message, culture) }
                : issue with { Message = IssueMessages.InRow(row, issue.Message, culture) };

    private ProfileIssue ToIssue(RuleFinding finding, TextPosition? found, CultureInfo? culture, ProfileDocument? document)
    {
        var position = found ?? document?.Start;
        var arguments = finding.MessageArguments(Catalog.LabelOf(finding.Path, culture)); // rendered once, as Localize would
        var issue = new ProfileIssue
        {
            Code = finding.Code,
            Severity = finding.Severity switch
            {
                Severity.Error => IssueSeverity.Error,
                Severity.Warning => IssueSeverity.Warning,
                _ => IssueSeverity.Info,
            },
            Path = finding.Path,
            Message = IssueMessages.Render(finding.Code, arguments, culture),
            Line = position?.Line,
            Column = position?.Column,
            Arguments = arguments,
        };
        return InCell(document, culture, found is not null, issue);
    }
}
