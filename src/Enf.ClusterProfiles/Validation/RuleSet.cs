using System.Globalization;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using FluentValidation;
using FluentValidation.Results;

namespace Enf.ClusterProfiles.Validation;

/// <summary>
/// Rules built once from a catalogue and settings, each a plain check over the whole profile that reports what
/// it finds to a <see cref="RuleRun"/>. The public validators run the set as one FluentValidation rule (so
/// integrators keep <c>IValidator&lt;ClusterProfile&gt;</c> with the same codes, paths and placeholders); the
/// assessor runs it directly. One set of rules, two ways in, and no expression compiled per rule.
/// </summary>
internal sealed class RuleSet
{
    private readonly List<Action<ClusterProfile, RuleRun>> checks = [];

    /// <summary>The checks in the order they run (for the benchmarks' <c>rule-timing</c>).</summary>
    internal IReadOnlyList<Action<ClusterProfile, RuleRun>> Checks => checks;

    /// <summary>Adds a check; checks run in the order they were added, as FluentValidation's rules did.</summary>
    public void Add(Action<ClusterProfile, RuleRun> check) => checks.Add(check);

    /// <summary>Runs every check over a profile.</summary>
    public void Run(ClusterProfile profile, RuleRun run)
    {
        foreach (var check in checks)
        {
            check(profile, run);
        }
    }

    /// <summary>Runs the set as one rule of a FluentValidation validator, its findings becoming failures.</summary>
    public void AddTo(AbstractValidator<ClusterProfile> validator, FieldCatalog catalog, Func<ValidationContext<ClusterProfile>, DateOnly> today) =>
        validator.RuleFor(Identity.Expression).Custom((profile, context) =>
        {
            var run = new RuleRun(today(context));
            Run(profile, run);
            foreach (var finding in run.Findings)
            {
                context.AddFailure(finding.ToFailure(catalog));
            }
        });

    // One expression for every validator: FluentValidation compiles it once, not once per rule.
    private static class Identity
    {
        public static readonly System.Linq.Expressions.Expression<Func<ClusterProfile, ClusterProfile>> Expression = p => p;
    }
}

/// <summary>One run of a <see cref="RuleSet"/>: the day it runs on, and what it found, in order.</summary>
/// <param name="today">"Today" for every rule of the run.</param>
internal sealed class RuleRun(DateOnly today)
{
    /// <summary>The day the rules judge dates against.</summary>
    public DateOnly Today { get; } = today;

    /// <summary>What the rules found.</summary>
    public List<RuleFinding> Findings { get; } = [];

    /// <summary>A required value of <paramref name="field"/> (the field itself, a list item or a part at <paramref name="path"/>) is absent or blank: an error.</summary>
    public void Missing(FieldDefinition field, string path, object? value, params (string Name, object? Value)[] arguments) =>
        Findings.Add(new RuleFinding(field, path, IssueCodes.Required, IssueSeverity.Error, FindingKind.Missing, null, value, arguments));

    /// <summary>A value of <paramref name="field"/> at <paramref name="path"/> breaks its rule: an error with the rule's code.</summary>
    public void Invalid(FieldDefinition field, string path, string code, object? value, params (string Name, object? Value)[] arguments) =>
        Findings.Add(new RuleFinding(field, path, code, IssueSeverity.Error, FindingKind.Invalid, null, value, arguments));

    /// <summary>A publication criterion is not met: a warning on the criterion's field.</summary>
    public void Unmet(PublicationCriterion criterion, FieldDefinition field, object? value, params (string Name, object? Value)[] arguments) =>
        Findings.Add(new RuleFinding(field, field.Path, PublicationCriteria.CodeOf(criterion), IssueSeverity.Warning, FindingKind.Criterion, criterion, value, arguments));

    /// <summary>Anything else worth saying (stale, a label expiring, criteria waived, an unknown property); <paramref name="field"/> when it is about one.</summary>
    public void Note(FieldDefinition? field, string path, string code, IssueSeverity severity, object? value, params (string Name, object? Value)[] arguments) =>
        Findings.Add(new RuleFinding(field, path, code, severity, FindingKind.Note, null, value, arguments));
}

/// <summary>
/// A finding of a rule, typed: the field it is about, the path inside it, its code, severity and kind, the
/// publication criterion it judges, the value judged and the message's other placeholders. Verdicts read the
/// kind, the field and the criterion; the code and the arguments are for the message and the wire.
/// </summary>
internal sealed record RuleFinding(
    FieldDefinition? Field,
    string Path,
    string Code,
    IssueSeverity Severity,
    FindingKind Kind,
    PublicationCriterion? Criterion,
    object? Value,
    (string Name, object? Value)[] Arguments)
{
    /// <summary>
    /// The finding as FluentValidation's failure, with the placeholders its own validators would give and the
    /// library's message in the current UI language.
    /// </summary>
    public ValidationFailure ToFailure(FieldCatalog catalog)
    {
        var placeholders = new Dictionary<string, object?>(Arguments.Length + 3, StringComparer.Ordinal)
        {
            ["PropertyName"] = Path,
            ["PropertyPath"] = Path,
            ["PropertyValue"] = Value,
        };
        foreach (var (name, argument) in Arguments)
        {
            placeholders[name] = argument;
        }

        return new ValidationFailure(Path, IssueMessages.Render(Code, MessageArguments(catalog.LabelOf(Path, null)), null), Value)
        {
            ErrorCode = Code,
            Severity = Severity switch
            {
                IssueSeverity.Error => FluentValidation.Severity.Error,
                IssueSeverity.Warning => FluentValidation.Severity.Warning,
                _ => FluentValidation.Severity.Info,
            },
            FormattedMessagePlaceholderValues = placeholders!,
        };
    }

    /// <summary>The arguments of the message as invariant text; the field named by <paramref name="label"/> when given.</summary>
    public Dictionary<string, string> MessageArguments(string? label = null)
    {
        var arguments = new Dictionary<string, string>(Arguments.Length + 2, StringComparer.Ordinal)
        {
            ["PropertyValue"] = Format(Value),
        };
        if (label is not null)
        {
            arguments["PropertyName"] = label;
        }

        foreach (var (name, argument) in Arguments)
        {
            arguments[name] = Format(argument);
        }

        return arguments;
    }

    /// <summary>An argument as invariant text, so that a message renders the same on every machine.</summary>
    public static string Format(object? value) => value switch
    {
        null => "—",
        string text => TextShortening.Shorten(text, 120),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => TextShortening.Shorten(formattable.ToString(null, CultureInfo.InvariantCulture), 120),
        _ => TextShortening.Shorten(value.ToString() ?? string.Empty, 120),
    };
}
