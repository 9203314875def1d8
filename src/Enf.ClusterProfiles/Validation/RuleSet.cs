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

    /// <summary>Reports a finding; the arguments fill the message's placeholders.</summary>
    public void Report(string path, string code, object? value, Severity severity = Severity.Error, params (string Name, object? Value)[] arguments) =>
        Findings.Add(new RuleFinding(path, code, severity, value, arguments));
}

/// <summary>A finding of a rule: path, code, severity, the value judged and the message's other placeholders.</summary>
internal sealed record RuleFinding(string Path, string Code, Severity Severity, object? Value, (string Name, object? Value)[] Arguments)
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
            Severity = Severity,
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
