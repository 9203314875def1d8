using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using FluentValidation;

namespace Enf.ClusterProfiles.Validation;

/// <summary>
/// ECCP's publication criteria for a cluster organisation in an EU/COSME country, each a warning with its
/// own code: management of at least 0.5 FTE, at least 15 members, members of at least two triple-helix types
/// (industry, research and education, public bodies, civil society), an English-language website. All are waived, with an information note saying so, when the
/// cluster belongs to a cluster programme (<c>supportProgrammes</c> is filled).
/// </summary>
public sealed class PublicationCriteriaValidator : AbstractValidator<ClusterProfile>
{
    /// <summary>Minimum staff of the cluster management, in full-time equivalents.</summary>
    public const decimal MinimumManagementFte = 0.5m;

    /// <summary>Minimum number of members in total.</summary>
    public const int MinimumMembers = 15;

    /// <summary>Minimum number of member types with a count above zero.</summary>
    public const int MinimumMemberTypes = 2;

    /// <summary>Creates the validator.</summary>
    public PublicationCriteriaValidator()
    {
        When(p => Applies(p) && !IsWaived(p), () =>
        {
            RuleFor(p => p.ManagementFte)
                .Must((_, fte, context) => Note(context, MinimumManagementFte) && fte >= MinimumManagementFte)
                .WithErrorCode(IssueCodes.PublicationManagementFte).WithSeverity(Severity.Warning)
            .OverridePropertyName("managementFte");

            RuleFor(p => TotalMembers(p))
                .Must((_, total, context) => Note(context, MinimumMembers) && total >= MinimumMembers)
                .WithErrorCode(IssueCodes.PublicationMembers).WithSeverity(Severity.Warning)
            .OverridePropertyName("members");

            RuleFor(p => MemberTypes(p))
                .Must((_, types, context) => Note(context, MinimumMemberTypes) && types >= MinimumMemberTypes)
                .WithErrorCode(IssueCodes.PublicationTripleHelix).WithSeverity(Severity.Warning)
            .OverridePropertyName("members");

            RuleFor(p => p.Website)
                .Must(ValueChecks.IsHttpUrl)
                .WithErrorCode(IssueCodes.PublicationWebsite).WithSeverity(Severity.Warning)
            .OverridePropertyName("website");
        });

        RuleFor(p => p.SupportProgrammes)
            .Must(_ => false).WithErrorCode(IssueCodes.PublicationWaived).WithSeverity(Severity.Info)
            .When(p => Applies(p) && IsWaived(p))
            .OverridePropertyName("supportProgrammes");
    }

    /// <summary>Whether the criteria apply: the profile's country is an EU or COSME country.</summary>
    /// <param name="profile">The profile.</param>
    public static bool Applies(ClusterProfile profile) => ClusterProfileValidator.IsEuOrCosme(profile);

    /// <summary>Whether the criteria are waived: the cluster belongs to a cluster programme.</summary>
    /// <param name="profile">The profile.</param>
    public static bool IsWaived(ClusterProfile profile) =>
        profile?.SupportProgrammes is { } programmes
        && programmes.Any(ValueChecks.IsFilled)
        && programmes.All(p => ValueChecks.IsFilled(p) && p.Trim().Length <= MaxProgrammeLength); // an invalid field never counts as filled

    private static readonly int MaxProgrammeLength = Catalog.FieldCatalog.Version1["supportProgrammes"].Constraints.MaxLength ?? int.MaxValue;

    /// <summary>Members in total, counting absent or negative counts as none.</summary>
    /// <param name="profile">The profile.</param>
    public static long TotalMembers(ClusterProfile profile) =>
        profile?.Members?.ByType.Sum(c => (long)Math.Max(c.Value ?? 0, 0)) ?? 0;

    /// <summary>
    /// Triple-helix types with members (profile-v1 revision 1.1): industry (SMEs and large companies together are
    /// one type), research and education, public bodies, civil society; <c>other</c> is no helix type.
    /// </summary>
    /// <param name="profile">The profile.</param>
    public static int MemberTypes(ClusterProfile profile) => profile?.Members is not { } m ? 0
        : (m.Smes > 0 || m.LargeCompanies > 0 ? 1 : 0) + (m.ResearchAndEducation > 0 ? 1 : 0) + (m.PublicBodies > 0 ? 1 : 0) + (m.CivilSociety > 0 ? 1 : 0);

    private static bool Note<T>(ValidationContext<T> context, object minimum)
    {
        context.MessageFormatter.AppendArgument("Minimum", minimum);
        return true;
    }
}
