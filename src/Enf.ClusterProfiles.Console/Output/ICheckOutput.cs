using Enf.ClusterProfiles.Assessment;

namespace Enf.ClusterProfiles.Console.Output;

/// <summary>One way of showing check results, written as they come so that long runs stream.</summary>
internal interface ICheckOutput : IDisposable
{
    void Profile(ProfileAssessment assessment);

    void End(CheckSummary summary);
}

/// <summary>The counts of a check run.</summary>
internal sealed class CheckSummary
{
    public int Profiles { get; private set; }

    public int Valid { get; private set; }

    public int Pro { get; private set; }

    public bool Partial { get; private set; }

    public bool AnyUnreadableFile { get; private set; }

    public int? MaxIssues { get; init; }

    public void Add(ProfileAssessment assessment)
    {
        Profiles++;
        Valid += assessment.Valid ? 1 : 0;
        Pro += assessment.Pro.Eligible ? 1 : 0;
        Partial |= assessment.Partial;
        AnyUnreadableFile |= assessment.SourceUnreadable;
    }
}
