using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using FluentValidation;

namespace Enf.ClusterProfiles.Validation;

/// <summary>
/// ECCP's publication criteria for a cluster organisation in an EU/COSME country, each a warning with its
/// own code: management of at least 0.5 FTE, at least 15 members, members of at least two triple-helix types
/// (industry, research and education, public bodies, civil society), an English-language website. All are
/// waived, with an information note saying so, when the cluster belongs to a cluster programme
/// (<c>supportProgrammes</c> is filled). The fields are those of the catalogue in use: a criterion whose field
/// an integrator switched off is not checked.
/// </summary>
public sealed class PublicationCriteriaValidator : AbstractValidator<ClusterProfile>
{
    /// <summary>Minimum staff of the cluster management, in full-time equivalents.</summary>
    public const decimal MinimumManagementFte = 0.5m;

    /// <summary>Minimum number of members in total.</summary>
    public const int MinimumMembers = 15;

    /// <summary>Minimum number of member types with a count above zero.</summary>
    public const int MinimumMemberTypes = 2;

    private readonly FieldCatalog catalog;

    /// <summary>Creates the validator for the catalogue of profile version 1.</summary>
    public PublicationCriteriaValidator()
        : this(FieldCatalog.Version1)
    {
    }

    /// <summary>Creates the validator for a catalogue.</summary>
    /// <param name="catalog">The catalogue in use, with any requirement changes applied.</param>
    public PublicationCriteriaValidator(FieldCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        this.catalog = catalog;
        Rules = BuildRules(catalog);
        Rules.AddTo(this, catalog, ValidationClock.TodayOrSystem);
    }

    /// <summary>The rules themselves, which the assessor runs without FluentValidation's per-run objects.</summary>
    internal RuleSet Rules { get; }

    /// <summary>The publication criteria of a catalogue as rules (warnings and notes, never errors).</summary>
    internal static RuleSet BuildRules(FieldCatalog catalog)
    {
        var rules = new RuleSet();
        var fte = Used(catalog, FieldPaths.ManagementFte);
        var members = Used(catalog, FieldPaths.Members);
        var website = Used(catalog, FieldPaths.Website);
        var programmes = Used(catalog, FieldPaths.SupportProgrammes);

        rules.Add((profile, run) =>
        {
            if (!Applies(profile))
            {
                return;
            }

            if (IsWaived(profile, catalog))
            {
                if (programmes is not null)
                {
                    run.Report(programmes.Path, IssueCodes.PublicationWaived, profile.SupportProgrammes, Severity.Info);
                }

                return;
            }

            if (fte is not null && !(profile.ManagementFte >= MinimumManagementFte))
            {
                run.Report(fte.Path, IssueCodes.PublicationManagementFte, profile.ManagementFte, Severity.Warning, ("Minimum", MinimumManagementFte));
            }

            if (members is not null && TotalMembers(profile) is var total && total < MinimumMembers)
            {
                run.Report(members.Path, IssueCodes.PublicationMembers, total, Severity.Warning, ("Minimum", MinimumMembers));
            }

            if (members is not null && MemberTypes(profile) is var types && types < MinimumMemberTypes)
            {
                run.Report(members.Path, IssueCodes.PublicationTripleHelix, types, Severity.Warning, ("Minimum", MinimumMemberTypes));
            }

            if (website is not null && !ValueChecks.IsHttpUrl(profile.Website))
            {
                run.Report(website.Path, IssueCodes.PublicationWebsite, profile.Website, Severity.Warning);
            }
        });
        return rules;
    }

    /// <summary>Whether the criteria apply: the profile's country is an EU or COSME country.</summary>
    /// <param name="profile">The profile.</param>
    public static bool Applies(ClusterProfile profile) => ClusterProfileValidator.IsEuOrCosme(profile);

    /// <summary>Whether the criteria are waived under the catalogue of profile version 1: the cluster belongs to a cluster programme.</summary>
    /// <param name="profile">The profile.</param>
    public static bool IsWaived(ClusterProfile profile) => IsWaived(profile, FieldCatalog.Version1);

    /// <summary>
    /// Whether the criteria are waived: the catalogue in use asks for <c>supportProgrammes</c>, and the cluster
    /// belongs to a cluster programme (every item filled and valid, since an invalid field never counts as filled).
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <param name="catalog">The catalogue in use.</param>
    public static bool IsWaived(ClusterProfile profile, FieldCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (Used(catalog, FieldPaths.SupportProgrammes) is not { } field || profile?.SupportProgrammes is not { } programmes)
        {
            return false;
        }

        var maxLength = field.Constraints.MaxLength ?? int.MaxValue;
        return programmes.Any(FieldValue.IsFilled)
            && programmes.All(p => FieldValue.IsFilled(p) && p.Trim().Length <= maxLength);
    }

    /// <summary>Members in total, counting absent or negative counts as none.</summary>
    /// <param name="profile">The profile.</param>
    public static long TotalMembers(ClusterProfile profile)
    {
        var counts = profile?.Members?.ByType ?? [];
        var total = 0L;
        for (var i = 0; i < counts.Count; i++)
        {
            total += Math.Max(counts[i].Value ?? 0, 0);
        }

        return total;
    }

    /// <summary>
    /// Triple-helix types with members (profile-v1 revision 1.1): industry (SMEs and large companies together are
    /// one type), research and education, public bodies, civil society; <c>other</c> is no helix type.
    /// </summary>
    /// <param name="profile">The profile.</param>
    public static int MemberTypes(ClusterProfile profile) => profile?.Members is not { } m ? 0
        : (m.Smes > 0 || m.LargeCompanies > 0 ? 1 : 0) + (m.ResearchAndEducation > 0 ? 1 : 0) + (m.PublicBodies > 0 ? 1 : 0) + (m.CivilSociety > 0 ? 1 : 0);

    /// <summary>Whether the criteria are waived for <paramref name="profile"/> under this validator's catalogue.</summary>
    /// <param name="profile">The profile.</param>
    public bool IsWaivedFor(ClusterProfile profile) => IsWaived(profile, catalog);

    private static FieldDefinition? Used(FieldCatalog catalog, string path) =>
        catalog.Find(path) is { Requirement: not FieldRequirement.Unused } field ? field : null;
}
