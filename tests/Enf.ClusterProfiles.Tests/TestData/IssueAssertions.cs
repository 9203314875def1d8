using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Issues;

namespace Enf.ClusterProfiles.Tests.TestData;

/// <summary>Assertions on the findings of an assessment that print all findings when they fail.</summary>
public static class IssueAssertions
{
    public static ProfileIssue HasIssue(this ProfileAssessment assessment, string code, IssueSeverity severity, string path)
    {
        var issue = assessment.Issues.FirstOrDefault(i => i.Code == code && i.Path == path);
        Assert.True(issue is not null, $"Expected {code} at {path}; found: {Describe(assessment)}");
        Assert.Equal(severity, issue!.Severity);
        Assert.False(string.IsNullOrWhiteSpace(issue.Message));
        return issue;
    }

    public static void HasNoIssueAt(this ProfileAssessment assessment, string path) =>
        Assert.True(
            assessment.Issues.All(i => i.Path != path && !i.Path.StartsWith(path + "[", StringComparison.Ordinal) && !i.Path.StartsWith(path + ".", StringComparison.Ordinal)),
            $"Expected no finding at {path}; found: {Describe(assessment)}");

    public static string Describe(ProfileAssessment assessment) =>
        assessment.Issues.Count == 0 ? "(none)" : string.Join("; ", assessment.Issues.Select(i => $"{i.Severity} {i.Code} at {i.Path}"));
}
