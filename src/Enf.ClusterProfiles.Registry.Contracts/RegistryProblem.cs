using Enf.ClusterProfiles.Issues;

namespace Enf.ClusterProfiles.Registry.Contracts;

/// <summary>An RFC 9457 problem from the registry; a refused profile lists the library's findings.</summary>
public sealed record RegistryProblem
{
    /// <summary>A URI naming the kind of problem.</summary>
    public string? Type { get; init; }

    /// <summary>A short summary.</summary>
    public string? Title { get; init; }

    /// <summary>The HTTP status.</summary>
    public int? Status { get; init; }

    /// <summary>What went wrong in this case.</summary>
    public string? Detail { get; init; }

    /// <summary>The findings that made the registry refuse a profile (422).</summary>
    public IReadOnlyList<RegistryIssue>? Issues { get; init; }
}

/// <summary>One finding in a registry problem: the same code, severity, path and message the library produces.</summary>
/// <param name="Code">Issue code.</param>
/// <param name="Severity">error, warning or info.</param>
/// <param name="Path">JSON path.</param>
/// <param name="Message">The message.</param>
public sealed record RegistryIssue(string Code, string Severity, string Path, string Message)
{
    /// <summary>The wire form of a library finding: severity in lower case, as in the profile's JSON reports.</summary>
    /// <param name="issue">The finding.</param>
    public static RegistryIssue From(ProfileIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return new RegistryIssue(issue.Code, issue.Severity.ToString().ToLowerInvariant(), issue.Path, issue.Message);
    }
}
