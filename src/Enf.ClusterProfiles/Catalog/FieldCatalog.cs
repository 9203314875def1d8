using System.Collections.Frozen;
using System.Globalization;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Catalog;

/// <summary>
/// The fields of a profile version, in display order. <see cref="Version1"/> is the spec's catalogue; an
/// integrator derives an adjusted one with <see cref="WithRequirements"/> (through
/// <c>ClusterProfilesOptions.Requirements</c>) instead of forking the library.
/// </summary>
public sealed class FieldCatalog
{
    private readonly FrozenDictionary<string, FieldDefinition> byPath;

    /// <summary>Creates a catalogue from definitions whose paths are distinct.</summary>
    /// <param name="version">Wire format version the catalogue describes.</param>
    /// <param name="fields">The fields in display order.</param>
    internal FieldCatalog(string version, IReadOnlyList<FieldDefinition> fields)
    {
        Version = version;
        Fields = fields;
        byPath = fields.ToFrozenDictionary(f => f.Path, StringComparer.Ordinal);
    }

    /// <summary>The catalogue of profile version 1.0, exactly as profile-v1.md defines it.</summary>
    public static FieldCatalog Version1 { get; } = FieldCatalogV1.Create();

    /// <summary>Wire format version the catalogue describes (<c>1.0</c>).</summary>
    public string Version { get; }

    /// <summary>Every field, in display order.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; }

    /// <summary>The field at <paramref name="path"/>.</summary>
    /// <param name="path">A field path such as <c>contact.email</c>.</param>
    /// <exception cref="KeyNotFoundException">No field has that path.</exception>
    public FieldDefinition this[string path] =>
        byPath.TryGetValue(path, out var field) ? field : throw new KeyNotFoundException($"The catalogue has no field '{path}'.");

    /// <summary>The field at <paramref name="path"/>, or <see langword="null"/>.</summary>
    /// <param name="path">A field path such as <c>contact.email</c>.</param>
    public FieldDefinition? Find(string path) => byPath.GetValueOrDefault(path);

    /// <summary>
    /// The field a finding's path belongs to: <c>members.smes</c> and <c>technologyFields[2]</c> belong to
    /// <c>members</c> and <c>technologyFields</c>; <see langword="null"/> for a path outside the catalogue.
    /// </summary>
    /// <param name="path">A JSON path.</param>
    public FieldDefinition? FieldOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        for (var candidate = path; candidate.Length > 0; candidate = FieldPaths.Parent(candidate))
        {
            if (byPath.TryGetValue(candidate, out var field))
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>
    /// The name of a path for people: the field's label, followed by the rest of the path for a part of a
    /// field (<c>Members › SMEs</c>, <c>Technology fields, item 3</c>); the path itself outside the catalogue.
    /// </summary>
    /// <param name="path">A JSON path.</param>
    /// <param name="culture">The culture; <see langword="null"/> means the current UI culture.</param>
    public string LabelOf(string path, CultureInfo? culture = null)
    {
        var field = FieldOf(path);
        if (field is null)
        {
            return path;
        }

        var rest = path[field.Path.Length..];
        var label = field.Label.Get(culture);
        if (rest.Length == 0)
        {
            return label;
        }

        // A list item is named by its 1-based position, as people count: "Languages, item 2".
        if (rest[0] == '[' && rest.IndexOf(']', StringComparison.Ordinal) is var close and > 1
            && int.TryParse(rest.AsSpan(1, close - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            var item = new LocalizedText("item", "kohta", "punkt").Get(culture);
            return $"{label}, {item} {index + 1}{rest[(close + 1)..]}";
        }

        return $"{label} › {FieldPartLabels.Of(path)?.Get(culture) ?? rest.TrimStart('.')}";
    }

    /// <summary>
    /// A catalogue in which the given fields have another requirement: make a field mandatory, optional or
    /// unused. System fields cannot be changed, and neither can <c>id</c> and <c>profileType</c>, which
    /// identify a profile.
    /// </summary>
    /// <param name="requirements">New requirements by field path.</param>
    /// <exception cref="ArgumentException">A path is unknown or its field cannot be changed.</exception>
    public FieldCatalog WithRequirements(IReadOnlyDictionary<string, FieldRequirement> requirements)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        if (requirements.Count == 0)
        {
            return this;
        }

        foreach (var (path, requirement) in requirements)
        {
            var problem = RequirementChangeProblem(path, requirement);
            if (problem is not null)
            {
                throw new ArgumentException(problem, nameof(requirements));
            }
        }

        return new FieldCatalog(
            Version,
            [.. Fields.Select(f => requirements.TryGetValue(f.Path, out var r) ? f.WithRequirement(r) : f)]);
    }

    /// <summary>Why a requirement change is not allowed, or <see langword="null"/> when it is.</summary>
    /// <param name="path">The field path.</param>
    /// <param name="requirement">The requested requirement.</param>
    public string? RequirementChangeProblem(string path, FieldRequirement requirement)
    {
        var field = Find(path);
        if (field is null)
        {
            return $"'{path}' is not a field of profile version {Version}; known fields: {string.Join(", ", Fields.Select(f => f.Path))}.";
        }

        if (field.Requirement == FieldRequirement.System || requirement == FieldRequirement.System)
        {
            return $"'{path}': system fields are fixed, and no field can become one.";
        }

        if (field.Path is "id" or "profileType" && requirement != FieldRequirement.Mandatory)
        {
            return $"'{path}' identifies a profile and stays mandatory.";
        }

        return Enum.IsDefined(requirement) ? null : $"'{path}': {requirement} is not a requirement.";
    }

    /// <summary>An issue with its message rendered (again) in a language, naming its field by this catalogue's label.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="culture">The culture; <see langword="null"/> means the current UI culture.</param>
    internal ProfileIssue Localize(ProfileIssue issue, CultureInfo? culture)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var arguments = new Dictionary<string, string>(issue.Arguments, StringComparer.Ordinal)
        {
            ["PropertyName"] = LabelOf(issue.Path, culture),
        };
        return issue with { Message = IssueMessages.Render(issue.Code, arguments, culture), Arguments = arguments };
    }
}
