using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Enf.ClusterProfiles.Issues;

/// <summary>
/// One finding about a profile. <see cref="Code"/> and <see cref="Path"/> are the stable contract; the
/// <see cref="Message"/> is rendered from resources and may change between versions. An assessment's issues are
/// rendered when first read (as Roslyn formats a diagnostic's message only when someone reads it): the verdicts
/// never need the text, so an assessment whose messages nobody reads never renders them.
/// </summary>
public sealed record ProfileIssue
{
    private readonly IIssueRendering? rendering;
    private readonly int index;
    private string? message;
    private int? line;
    private int? column;
    private bool placeGiven;
    private IReadOnlyDictionary<string, string>? arguments;

    /// <summary>An issue whose every part is given.</summary>
    public ProfileIssue()
    {
    }

    // An issue whose message, place and arguments come from an assessment's rendering when first read.
#pragma warning disable CS8618 // Message is the rendering's until given
    [SetsRequiredMembers]
    internal ProfileIssue(string code, IssueSeverity severity, string path, IIssueRendering rendering, int index)
    {
        Code = code;
        Severity = severity;
        Path = path;
        this.rendering = rendering;
        this.index = index;
    }
#pragma warning restore CS8618

    /// <summary>Stable code of the rule, one of <see cref="IssueCodes"/>.</summary>
    public required string Code { get; init; }

    /// <summary>How serious the finding is.</summary>
    public required IssueSeverity Severity { get; init; }

    /// <summary>JSON path of the field: <c>contact.email</c>, <c>members.smes</c>, <c>industrialEcosystems[2]</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The message in the language the profile was assessed in.</summary>
    public required string Message
    {
        get => message ?? Rendered.Message;
        init => message = value;
    }

    /// <summary>1-based line in the raw JSON, when the finding comes from raw JSON.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Line
    {
        get => rendering is null || placeGiven ? line : Rendered.Line;
        init => (line, column, placeGiven) = (value, Column, true); // the column as it stood, rendered or given
    }

    /// <summary>1-based column in the raw JSON, when the finding comes from raw JSON.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Column
    {
        get => rendering is null || placeGiven ? column : Rendered.Column;
        init => (line, column, placeGiven) = (Line, value, true); // the line as it stood, rendered or given
    }

    /// <summary>The values the message was rendered with, so that it can be rendered again in another language.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> Arguments
    {
        get => arguments ?? (rendering is null ? Empty : Rendered.Arguments);
        init => arguments = value;
    }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    private RenderedIssue Rendered => rendering!.Issue(index);

    /// <summary>Equal when every part a reader sees is equal: code, severity, path, message, line and column.</summary>
    /// <param name="other">The other issue.</param>
    public bool Equals(ProfileIssue? other) =>
        other is not null && Code == other.Code && Severity == other.Severity && Path == other.Path
        && Line == other.Line && Column == other.Column && Message == other.Message;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Severity, Path, Line, Column);
}

/// <summary>The parts of an issue that its rendering gives: the message, where it stands, and the message's arguments.</summary>
internal readonly record struct RenderedIssue(string Message, int? Line, int? Column, IReadOnlyDictionary<string, string> Arguments);

/// <summary>An assessment's issues, rendered together when one of them is first read.</summary>
internal interface IIssueRendering
{
    /// <summary>The rendered parts of the issue at <paramref name="index"/> of the assessment's list.</summary>
    RenderedIssue Issue(int index);
}
